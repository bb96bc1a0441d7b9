# SPDX-License-Identifier: MIT
# Kiosk mode (attentionlens --kiosk): the touch-screen exhibit. See docs/kiosk.md.
target_sources(attentionlens_gui PRIVATE
    kiosk/DigitDemo.cpp
    kiosk/DigitDemo.h
    kiosk/KioskActivity.cpp
    kiosk/KioskActivity.h
    kiosk/KioskConfig.cpp
    kiosk/KioskConfig.h
    kiosk/KioskDemo.h
    kiosk/KioskFileChooser.cpp
    kiosk/KioskFileChooser.h
    kiosk/KioskImageView.cpp
    kiosk/KioskImageView.h
    kiosk/KioskMain.cpp
    kiosk/KioskMain.h
    kiosk/KioskRunner.cpp
    kiosk/KioskRunner.h
    kiosk/KioskTouch.cpp
    kiosk/KioskTouch.h
    kiosk/KioskWindow.cpp
    kiosk/KioskWindow.h
    kiosk/PinPad.cpp
    kiosk/PinPad.h
    kiosk/SaliencyDemo.cpp
    kiosk/SaliencyDemo.h
    kiosk/TourDemo.cpp
    kiosk/TourDemo.h
    kiosk/WorkspaceDemo.cpp
    kiosk/WorkspaceDemo.h
)
target_link_libraries(attentionlens_gui PRIVATE opencv_imgproc)
