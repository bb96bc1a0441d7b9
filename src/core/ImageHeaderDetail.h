// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Private to the core: shared by ImageHeader.cpp and ImageLoader.cpp, not installed.
namespace al::detail {

/// Where a file stores its EXIF orientation (TIFF 6.0 tag 274, also used inside a JPEG's APP1 "Exif").
struct ExifOrientation {
    int value = 1;           ///< 1..8; 1 when absent, out of range or unreadable
    qint64 valueOffset = -1; ///< file offset of the tag's 16-bit value, -1 when there is none
    bool bigEndian = false;  ///< byte order of that value
};

/// Reads the orientation of a JPEG or TIFF file (other formats: none). A damaged tag must not stop an
/// otherwise good image from loading, so problems give the default rather than an error.
ExifOrientation readExifOrientation(const QString& path, const QString& format);

} // namespace al::detail
