# SPDX-License-Identifier: MIT
# Imaging half of the core: heat maps, conversions, loading and atomic writes.
al_add_qtest(tst_heatmap SOURCES tst_heatmap.cpp LIBS opencv_imgproc LABELS core imaging)
al_add_qtest(tst_imageconvert SOURCES tst_imageconvert.cpp LIBS Qt6::Gui LABELS core imaging)
al_add_qtest(tst_imageloader SOURCES tst_imageloader.cpp LIBS opencv_imgproc opencv_imgcodecs LABELS core imaging)
al_add_qtest(tst_fileio SOURCES tst_fileio.cpp LIBS opencv_imgcodecs LABELS core imaging)
