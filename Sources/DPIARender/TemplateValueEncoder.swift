import Foundation

/// Turns an `Encodable` view model into the values Mustache reads fastest: `[String: Any]`
/// dictionaries, arrays, strings, booleans and numbers.
///
/// Mustache looks up every `{{name}}` of a template in the objects on its context stack. For a
/// struct it does that with `Mirror`, which reflects every stored property on every lookup: that
/// made reflection about two thirds of the time of rendering a report (docs/benchmarks.md). A
/// dictionary answers a lookup with one hash. The values are the same as the struct's: what its
/// `Codable` conformance encodes, with `nil` left out, which Mustache treats as it treats a `nil`
/// property (it looks further up the context stack).
enum TemplateValueEncoder {
    /// The tree of `value`.
    static func encode<Value: Encodable>(_ value: Value) throws -> Any {
        let node = Node()
        try node.store(value, codingPath: [])
        return node.resolved ?? [String: Any]()
    }
}

/// One value of the tree while it is being built.
private final class Node {
    private var scalar: Any?
    private var object: [String: Node]?
    private var array: [Node]?

    /// The finished value: a dictionary, an array, a scalar, or nil for nothing.
    var resolved: Any? {
        if let object { return object.compactMapValues(\.resolved) }
        if let array { return array.compactMap(\.resolved) }
        return scalar
    }

    func store<Value: Encodable>(_ value: Value, codingPath: [any CodingKey]) throws {
        switch value {
        case let text as String: scalar = text
        case let flag as Bool: scalar = flag
        case let number as Int: scalar = number
        case let number as Double: scalar = number
        default: try value.encode(to: TreeEncoder(node: self, codingPath: codingPath))
        }
    }

    func storeScalar(_ value: Any) { scalar = value }

    func child(_ key: String) -> Node {
        let node = Node()
        if object == nil { object = [:] }
        object![key] = node
        return node
    }

    func makeObject() { if object == nil { object = [:] } }

    func makeArray() { if array == nil { array = [] } }

    func appendChild() -> Node {
        let node = Node()
        if array == nil { array = [] }
        array!.append(node)
        return node
    }

    var count: Int { array?.count ?? 0 }
}

private struct TreeEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.makeObject()
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.makeArray()
        return UnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(node: node, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.child(key.stringValue).storeScalar(value) }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try node.child(key.stringValue).store(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let child = node.child(key.stringValue)
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(key.stringValue)
        child.makeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(node: node.child("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(node: node.child(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int { node.count }

    mutating func encodeNil() throws { _ = node.appendChild() }
    mutating func encode(_ value: Bool) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: String) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Double) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Float) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Int) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Int8) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Int16) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Int32) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: Int64) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: UInt) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: UInt8) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: UInt16) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: UInt32) throws { node.appendChild().storeScalar(value) }
    mutating func encode(_ value: UInt64) throws { node.appendChild().storeScalar(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try node.appendChild().store(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = node.appendChild()
        child.makeObject()
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.appendChild()
        child.makeArray()
        return UnkeyedContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder(node: node.appendChild(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws { node.storeScalar(value) }
    mutating func encode(_ value: String) throws { node.storeScalar(value) }
    mutating func encode(_ value: Double) throws { node.storeScalar(value) }
    mutating func encode(_ value: Float) throws { node.storeScalar(value) }
    mutating func encode(_ value: Int) throws { node.storeScalar(value) }
    mutating func encode(_ value: Int8) throws { node.storeScalar(value) }
    mutating func encode(_ value: Int16) throws { node.storeScalar(value) }
    mutating func encode(_ value: Int32) throws { node.storeScalar(value) }
    mutating func encode(_ value: Int64) throws { node.storeScalar(value) }
    mutating func encode(_ value: UInt) throws { node.storeScalar(value) }
    mutating func encode(_ value: UInt8) throws { node.storeScalar(value) }
    mutating func encode(_ value: UInt16) throws { node.storeScalar(value) }
    mutating func encode(_ value: UInt32) throws { node.storeScalar(value) }
    mutating func encode(_ value: UInt64) throws { node.storeScalar(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try node.store(value, codingPath: codingPath)
    }
}
