// SPDX-License-Identifier: MIT
// The Fingerprint workspace's background jobs (analysis, generation), matching and exports.
#include "FingerprintPage.h"

#include "ErrorReporter.h"
#include "FingerprintAttentionTab.h"
#include "ImageView.h"

#include "attentionlens/Error.h"
#include "attentionlens/FileIO.h"
#include "attentionlens/FingerprintGenerator.h"
#include "attentionlens/ImageConvert.h"
#include "attentionlens/ImageLoader.h"
#include "attentionlens/IsoTemplate.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QtConcurrent>

namespace al {

namespace {

FingerprintJobResult runJob(const std::function<FingerprintJobResult(const RunControl&)>& job,
                            const RunControl& control) {
    try {
        return job(control);
    } catch (const Error& e) {
        FingerprintJobResult r;
        r.cancelled = e.code() == ErrorCode::Cancelled;
        r.error = e.message();
        return r;
    } catch (const std::exception& e) {
        FingerprintJobResult r;
        r.error = QString::fromLocal8Bit(e.what());
        return r;
    }
}

} // namespace

bool FingerprintPage::isBusy() const {
    return m_firstWatcher->isRunning() || m_secondWatcher->isRunning();
}

void FingerprintPage::startJob(bool second, std::function<FingerprintJobResult(const RunControl&)> job) {
    RunControl& control = second ? m_secondControl : m_firstControl;
    QFutureWatcher<FingerprintJobResult>* watcher = second ? m_secondWatcher : m_firstWatcher;
    // A newer request replaces the one in flight: cancel it and stop watching it (it only holds copies,
    // so it may finish on its own without touching the page).
    control.cancel();
    control = RunControl();
    const RunControl copy = control;
    watcher->setFuture(QtConcurrent::run([job = std::move(job), copy] { return runJob(job, copy); }));
}

void FingerprintPage::startFirstJob(std::function<FingerprintJobResult(const RunControl&)> analyse) {
    startJob(false, [analyse = std::move(analyse), model = m_classifier](const RunControl& control) {
        FingerprintJobResult r = analyse(control);
        if (!model || !r.analysis)
            return r;
        control.throwIfCancelled();
        try { // a failing classifier must not hide the analysis
            r.classification = fp::classifyFingerprint(*model, r.analysis->gray);
        } catch (const Error& e) {
            r.classifierError = e.message();
        }
        return r;
    });
}

void FingerprintPage::openFile(const QString& path) {
    fp::AnalysisOptions options;
    options.dpi = m_dpi->value();
    startFirstJob([path, options](const RunControl& control) {
        FingerprintJobResult r;
        r.source = QFileInfo(path).fileName();
        r.analysis = std::make_shared<fp::AnalysisResult>(fp::analyzeFingerprintFile(path, options, control));
        return r;
    });
}

void FingerprintPage::openSecondFile(const QString& path) {
    fp::AnalysisOptions options;
    options.dpi = m_dpi->value();
    m_tabs->setCurrentIndex(1);
    startJob(true, [path, options](const RunControl& control) {
        FingerprintJobResult r;
        r.source = QFileInfo(path).fileName();
        r.analysis = std::make_shared<fp::AnalysisResult>(fp::analyzeFingerprintFile(path, options, control));
        return r;
    });
}

void FingerprintPage::generate(fp::FingerprintClass fingerprintClass, quint64 seed) {
    const QString label =
        tr("generated %1, seed %2").arg(fp::fingerprintClassName(fingerprintClass)).arg(seed);
    startFirstJob([fingerprintClass, seed, label](const RunControl& control) {
        const fp::GeneratedImpression print = fp::generatePrint(fingerprintClass, seed);
        control.throwIfCancelled();
        FingerprintJobResult r;
        r.source = label;
        r.truthPoints = print.truth.singularPoints;
        r.analysis = std::make_shared<fp::AnalysisResult>(fp::analyzeFingerprint(print.image, {}, control));
        return r;
    });
}

void FingerprintPage::finishJob(bool second) {
    const FingerprintJobResult r = (second ? m_secondWatcher : m_firstWatcher)->result();
    if (r.cancelled) {
        emit analysisFinished(false);
        return;
    }
    if (!r.analysis) {
        m_errors.report(tr("Fingerprint analysis failed"), r.error);
        emit analysisFinished(false);
        return;
    }
    (second ? m_second : m_first) = r.analysis;
    (second ? m_secondSource : m_firstSource) = r.source;
    if (!second) {
        m_classification = r.classification;
        m_attentionTab->showPrint(r.analysis->gray, r.classification, r.analysis->features.singularPoints,
                                  r.truthPoints, r.classifierError);
        m_exportIso->setEnabled(true);
        m_exportJson->setEnabled(true);
        showSummary();
        showStages(true);
    }
    updateMatch();
    emit analysisFinished(true);
}

void FingerprintPage::showSummary() {
    if (!m_first) {
        m_summary->clear();
        return;
    }
    const fp::AnalysisResult& a = *m_first;
    int cores = 0, deltas = 0;
    for (const fp::SingularPoint& p : a.features.singularPoints)
        (p.type == fp::SingularType::Core ? cores : deltas)++;
    m_summary->setText(tr("%1\nClass: %2\n%3 minutiae, %4 cores, %5 deltas\nQuality %6 of 100, %7 ms")
                           .arg(m_firstSource, fp::fingerprintClassName(a.features.fingerprintClass))
                           .arg(a.features.minutiae.size())
                           .arg(cores)
                           .arg(deltas)
                           .arg(a.fingerQuality)
                           .arg(a.totalMs, 0, 'f', 1));
}

void FingerprintPage::updateMatch() {
    if (!m_first || !m_second) {
        m_match.reset();
        m_matchView->clear();
        m_score->setText(m_first ? tr("Open a second print to compare it with %1.").arg(m_firstSource)
                                 : tr("Open a print first, then a second one to compare."));
        return;
    }
    // Matching two templates takes about a millisecond: no need for a worker thread.
    m_match = fp::matchMinutiae(m_first->features.minutiae, m_second->features.minutiae, {},
                                m_first->features.mask, m_second->features.mask);
    m_matchView->setImage(matToQImage(fp::renderMatch(
        m_first->gray, m_first->features.minutiae, m_second->gray, m_second->features.minutiae, *m_match)));
    m_score->setText(tr("Score %1: %2 of %3 and %4 minutiae paired (%5 and %6)")
                         .arg(m_match->score, 0, 'f', 3)
                         .arg(m_match->pairs.size())
                         .arg(m_first->features.minutiae.size())
                         .arg(m_second->features.minutiae.size())
                         .arg(m_firstSource, m_secondSource));
}

void FingerprintPage::chooseFile(bool second) {
    chooseFileToOpen(second ? tr("Open the second print") : tr("Open a scan"), imageFileFilter(),
                     [this, second](const QString& path) {
                         if (second)
                             openSecondFile(path);
                         else
                             openFile(path);
                     });
}

void FingerprintPage::chooseExport(bool json) {
    if (!m_first)
        return;
    const QString path =
        json ? QFileDialog::getSaveFileName(this, tr("Export JSON"), QString(), tr("JSON (*.json)"))
             : QFileDialog::getSaveFileName(this, tr("Export ISO template"), QString(),
                                            tr("ISO/IEC 19794-2 template (*.iso)"));
    if (path.isEmpty())
        return;
    if (json)
        exportJson(path);
    else
        exportTemplate(path);
}

bool FingerprintPage::exportTemplate(const QString& path) {
    if (!m_first)
        return false;
    try {
        writeFileAtomic(path, fp::writeIsoTemplate(fp::makeIsoTemplate(
                                  m_first->features, m_first->gray.size(), m_first->fingerQuality)));
        return true;
    } catch (const Error& e) {
        m_errors.report(tr("Export failed"), e.message());
        return false;
    }
}

bool FingerprintPage::exportJson(const QString& path) {
    if (!m_first)
        return false;
    try {
        QJsonObject json = fp::analysisToJson(*m_first);
        json.insert(QStringLiteral("input"), m_firstSource);
        writeFileAtomic(path, QJsonDocument(json).toJson(QJsonDocument::Indented));
        return true;
    } catch (const Error& e) {
        m_errors.report(tr("Export failed"), e.message());
        return false;
    }
}

} // namespace al
