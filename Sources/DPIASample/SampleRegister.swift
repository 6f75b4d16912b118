import DPIAModel

/// A deterministic synthetic register of processing activities, shaped like the example
/// registers: about 10 parties, 30 data items, 8 roles, 6 flows and 5 purposes per activity, with
/// retention, security, rights and a plan of measures; some with special categories, some with
/// cross-municipality visibility, some clean.
///
/// Every activity is generated from its own stream of the seed, so `activity(at:)` can be called
/// for any index, in any order and from any thread, and always gives the same result for the same
/// seed. Nothing is held in memory: callers stream activities to disk.
public struct SampleRegister: Sendable {
    /// The number of activities.
    public var count: Int
    /// The seed all activities are drawn from.
    public var seed: UInt64

    public init(count: Int, seed: UInt64 = 1) {
        self.count = count; self.seed = seed
    }

    /// Where activity `index` lives: its organisation folder and id (cheap; nothing is generated).
    public func entry(at index: Int) -> SampleEntry {
        var random = stream(index)
        return SampleActivityFactory.draw(index: index, width: idWidth, random: &random).entry
    }

    /// Activity `index` (0-based).
    public func activity(at index: Int) -> ProcessingActivity {
        var random = stream(index)
        let draw = SampleActivityFactory.draw(index: index, width: idWidth, random: &random)
        var factory = SampleActivityFactory(draw, random: random)
        return factory.make()
    }

    /// Activity `index` as spec YAML; `schema`, when given, is the path from the spec file to the
    /// JSON Schema, written as the `yaml-language-server` comment editors use.
    public func yaml(at index: Int, schema: String? = nil) -> String {
        var comments = ["Synthetic sample activity \(index + 1) of \(count) (dpia sample, seed \(seed))."]
        if let schema { comments.insert("yaml-language-server: $schema=\(schema)", at: 0) }
        return SpecWriter().yaml(for: activity(at: index), comments: comments)
    }

    private func stream(_ index: Int) -> SplitMix64 {
        SplitMix64(seed: seed, stream: UInt64(index))
    }

    /// Digits in activity numbers: at least 5, so ids sort in generation order.
    private var idWidth: Int { max(5, String(count).count) }
}

/// The organisation and id of one sample activity, and the file it is written to.
public struct SampleEntry: Sendable, Hashable {
    /// The organisation folder, for example `utrecht`.
    public var organisation: String
    /// The activity id, for example `utrecht-wmo-maatwerk-00042`.
    public var id: String
    /// `<organisation>/<id>.yaml`.
    public var relativePath: String { "\(organisation)/\(id).yaml" }
}
