// SPDX-License-Identifier: MIT
#pragma once
/// @file
/// ISO/IEC 19794-2:2005 finger minutiae record ("FMR\0", version " 20\0"): export and strict import.
///
/// Layout (big-endian): 24-byte record header (magic, version, 4-byte record length, capture equipment,
/// image width and height, x/y resolution in pixels per centimetre, number of finger views, reserved),
/// per view a 4-byte header (finger position, view number << 4 | impression type, finger quality 0..100,
/// minutiae count), 6 bytes per minutia (type in the 2 high bits of x: 01 ending, 10 bifurcation, 00 other;
/// x 14 bits; y 14 bits with 2 reserved high bits; angle in units of 360/256 degrees counterclockwise;
/// quality 0..100) and a 2-byte extended data length (0 here; skipped on import).
#include "attentionlens/FingerprintTypes.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace al::fp {

struct IsoFingerView {
    int fingerPosition = 0; ///< 0 unknown, 1..10 right thumb .. left little
    int viewNumber = 0;     ///< 0..15
    int impressionType =
        0;           ///< 0 live-scan plain, 1 live-scan rolled, 2 non-live plain, 3 non-live rolled, 8 swipe
    int quality = 0; ///< 0..100
    std::vector<Minutia> minutiae; ///< at most 255; quality in [0, 1] maps to 0..100
};

struct IsoTemplate {
    int width = 0; ///< image size in pixels, 1..65535
    int height = 0;
    int resolutionX = 197; ///< pixels per centimetre (500 ppi = 196.85)
    int resolutionY = 197;
    int captureEquipment = 0;         ///< 16 bits: compliance (4) + equipment id (12)
    std::vector<IsoFingerView> views; ///< at least one
};

/// Encodes the record. Throws Error(BadInput) naming the field when a value does not fit the format (size,
/// more than 255 minutiae in a view, coordinates outside 0..16383, no view).
QByteArray writeIsoTemplate(const IsoTemplate& record);

/// Decodes and validates a record: magic, version, record length equal to the data size, view and minutia
/// counts that fit the length, reserved minutia type 11, qualities over 100, a truncated record. Every
/// failure throws Error(BadInput) naming `source` and the problem. Minutia angles come back quantised to
/// 360/256 degrees.
IsoTemplate readIsoTemplate(const QByteArray& data, const QString& source = QString());

/// Reads the file (at most 1 MB) and decodes it. Errors name the file.
IsoTemplate readIsoTemplateFile(const QString& path);

/// A one-view template of an analysed print at 500 ppi.
IsoTemplate makeIsoTemplate(const FingerprintTruth& features, cv::Size imageSize, int fingerQuality);

} // namespace al::fp
