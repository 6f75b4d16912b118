import DPIAAnalysis
import DPIAModel

extension Assessment {
    /// The assessment with only what `dpia check` prints: the activity's id, title, version and
    /// language, the findings and the pre-scan. The rest of the activity, its source map and the
    /// who-sees-whom matrix are dropped, so that checking ten thousand specs keeps a few kilobytes
    /// per spec instead of the whole activity (`CheckOutputTests` guards that every format prints
    /// the same from this as from the full assessment).
    var keepingWhatCheckPrints: Assessment {
        var activity = ProcessingActivity(
            id: self.activity.id, title: self.activity.title, version: self.activity.version,
            language: self.activity.language, controller: self.activity.controller,
            parties: [], subjects: [], data: [], purposes: [])
        activity.spec = self.activity.spec
        return Assessment(
            activity: activity, sourceMap: SourceMap(file: sourceMap.file), visibility: VisibilityMatrix(rows: []),
            preScan: preScan, findings: findings)
    }

    /// ``keepingWhatCheckPrints`` without the words of its findings and pre-scan: what the closing
    /// summary and `--fail-on` count (levels, treatments, the language). The text format keeps
    /// this once a spec's text is formatted, so that checking a national catalogue keeps a few
    /// hundred bytes per spec beside its text.
    var keepingWhatTheSummaryCounts: Assessment {
        var slim = keepingWhatCheckPrints
        let none = LocalizedText(nl: "", en: "")
        slim.findings = findings.map { finding in
            Finding(
                id: "", origin: finding.origin, elementPath: "", location: finding.location, title: none, message: none,
                legalReference: "", likelihood: finding.likelihood, impact: finding.impact, suggestedMeasure: none,
                treatment: finding.treatment)
        }
        slim.preScan = PreScan(verdict: preScan.verdict, criteria: [], reasons: none)
        return slim
    }
}
