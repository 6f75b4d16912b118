import DPIAModel
import DPIAAnalysis

/// The SQLite register of analysed versions and mitigation progress.
public enum RegisterDatabase {}
