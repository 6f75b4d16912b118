import DPIAAnalysis
import DPIAModel

extension Assessment {
    /// The assessment with only what `dpia check` prints: the activity's id, title, version and
    /// language, the findings and the pre-scan. The rest of the activity, its source map and the
    /// who-sees-whom matrix are dropped, so that checking ten thousand specs keeps a few kilobytes
    /// per spec instead of the whole activity (`CheckOutputTests` guards that every format prints
    /// the same from this as from the full assessment).
    var keepingWhatCheckPrints: Assessment {
        var activity = ProcessingActivity(id: self.activity.id, title: self.activity.title, version: self.activity.version,
                                          language: self.activity.language, controller: self.activity.controller,
                                          parties: [], subjects: [], data: [], purposes: [])
        activity.spec = self.activity.spec
        return Assessment(activity: activity, sourceMap: SourceMap(file: sourceMap.file), visibility: VisibilityMatrix(rows: []),
                          preScan: preScan, findings: findings)
    }
}
