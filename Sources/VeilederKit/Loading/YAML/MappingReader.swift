import Yams

/// Reads one YAML mapping into typed values. Every scalar is read as the text the editor wrote and
/// converted here; a missing key, a wrong shape or a value outside a vocabulary becomes a diagnostic,
/// and a neutral value is returned so that decoding goes on and reports everything at once.
final class MappingReader {
    let mapping: Node.Mapping
    let context: DecodingContext
    /// Dotted path of this mapping (`strength`, `items.2`), empty at the top.
    let path: String
    /// Norwegian name of what this mapping is, for messages («en anbefaling», ««strength»»).
    let subject: String
    private var known: [String] = []
    /// Each key's text, in the mapping's order (nil for a key that is not a scalar), made on first
    /// use. Mappings hold a few dozen keys at most: searching them is cheaper than a dictionary of
    /// nodes, whose copies were a tenth of loading.
    private lazy var keys: [String?] = mapping.map { $0.key.scalar?.string }

    /// The first pair with this key.
    private func pair(_ key: String) -> (key: Node, value: Node)? {
        guard let position = keys.firstIndex(of: key) else { return nil }
        return mapping[mapping.startIndex + position]
    }

    init(_ mapping: Node.Mapping, context: DecodingContext, path: String = "", subject: String) {
        self.mapping = mapping
        self.context = context
        self.path = path
        self.subject = subject
    }

    var mark: Mark? { mapping.mark }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    // MARK: Presence

    /// The value node for a key, registering the key as allowed here.
    func node(_ key: String) -> Node? {
        if !known.contains(key) { known.append(key) }
        guard let (keyNode, value) = pair(key) else { return nil }
        context.record(keyPath(key), value.mark ?? keyNode.mark)
        if case .scalar(let scalar) = value, scalar.style == .plain, scalar.string.isEmpty { return nil }
        return value
    }

    func has(_ key: String) -> Bool { keys.contains(key) }

    func reportMissing(_ key: String, hint: String? = nil) {
        let empty = has(key)
        context.report(
            MissingKeyRule.description, at: empty ? markOfKey(key) : mark,
            empty ? "Nøkkelen «\(key)» i \(subject) har ingen verdi." : "Nøkkelen «\(key)» mangler i \(subject).",
            fixIt: hint.map { "Legg til «\(key): \($0)»." } ?? "Legg til «\(key): …» med verdien fra kilden.")
    }

    func markOfKey(_ key: String) -> Mark? { pair(key)?.key.mark }

    /// Reports keys that no read asked for; call once after all reads.
    func finish() {
        for (position, key) in keys.enumerated() {
            if let key, known.contains(key) { continue }
            let keyNode = mapping[mapping.startIndex + position].key
            guard let key else {
                context.report(UnknownKeyRule.description, at: keyNode.mark,
                               "En nøkkel i \(subject) er ikke et enkelt ord.",
                               fixIt: "Skriv nøkler som enkle ord: «nøkkel: verdi».")
                continue
            }
            let suggestion = Suggestion.closest(to: key, among: known).map { "Mente du «\($0)»? " } ?? ""
            context.report(
                UnknownKeyRule.description, at: keyNode.mark,
                "Ukjent nøkkel «\(key)» i \(subject).",
                fixIt: "\(suggestion)Tillatte nøkler her: \(known.joined(separator: ", ")).")
        }
    }

    // MARK: Scalars

    func optionalString(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            context.report(BadValueRule.description, at: value.mark,
                           "«\(key)» i \(subject) skal være en enkelt verdi, ikke en liste eller samling.",
                           fixIt: "Skriv verdien på samme linje: «\(key): verdi».")
            return nil
        }
        return scalar.string
    }

    func string(_ key: String, hint: String? = nil) -> String {
        if let value = optionalString(key) { return value }
        if node(key) == nil { reportMissing(key, hint: hint) }
        return ""
    }

    func optionalInt(_ key: String) -> Int? {
        guard let text = optionalString(key) else { return nil }
        guard let value = Int(text) else {
            context.report(BadValueRule.description, at: node(key)?.mark,
                           "«\(text)» er ikke et heltall (nøkkelen «\(key)»).",
                           fixIt: "Skriv et heltall, for eksempel «\(key): 1».")
            return nil
        }
        return value
    }

    func int(_ key: String) -> Int {
        if let value = optionalInt(key) { return value }
        if node(key) == nil { reportMissing(key, hint: "1") }
        return 0
    }

    func optionalNumber(_ key: String) -> Double? {
        guard let text = optionalString(key) else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
            context.report(BadValueRule.description, at: node(key)?.mark,
                           "«\(text)» er ikke et tall (nøkkelen «\(key)»).",
                           fixIt: "Skriv et tall, for eksempel «\(key): 2».")
            return nil
        }
        return value
    }

    func number(_ key: String) -> Double {
        if let value = optionalNumber(key) { return value }
        if node(key) == nil { reportMissing(key, hint: "0") }
        return 0
    }

    func optionalVocabulary<V: Vocabulary>(_ key: String, _ type: V.Type) -> V? {
        guard let text = optionalString(key) else { return nil }
        return vocabularyValue(text, V.self, key: key, mark: node(key)?.mark)
    }

    func vocabulary<V: Vocabulary>(_ key: String, _ type: V.Type) -> V? {
        if let value = optionalVocabulary(key, V.self) { return value }
        if node(key) == nil { reportMissing(key, hint: V.allowedValues.joined(separator: " | ")) }
        return nil
    }

    func vocabularyValue<V: Vocabulary>(_ text: String, _ type: V.Type, key: String, mark: Mark?) -> V? {
        if let value = V(rawValue: text) { return value }
        let suggestion = Suggestion.closest(to: text, among: V.allowedValues).map { "Mente du «\($0)»? " } ?? ""
        let stars = text.contains("*") ? "Stjerner skrives som ord (meget-god, god, manglende). " : ""
        context.report(
            BadValueRule.description, at: mark,
            "«\(text)» er ikke en gyldig \(V.vocabularyName) (nøkkelen «\(key)»).",
            fixIt: "\(stars)\(suggestion)Tillatte verdier: \(V.allowedValues.joined(separator: ", ")).")
        return nil
    }

    /// A date written `YYYY-MM-DD`.
    func optionalDate(_ key: String) -> String? {
        guard let text = optionalString(key) else { return nil }
        guard CalendarDate(text) != nil else {
            context.report(BadValueRule.description, at: node(key)?.mark,
                           "«\(text)» er ikke en dato på formen ÅÅÅÅ-MM-DD (nøkkelen «\(key)»).",
                           fixIt: "Skriv datoen i anførselstegn, for eksempel «\(key): \"2026-11-21\"».")
            return nil
        }
        return text
    }

    func date(_ key: String) -> String {
        if let value = optionalDate(key) { return value }
        if node(key) == nil { reportMissing(key, hint: "\"2026-11-21\"") }
        return ""
    }

    func optionalID(_ key: String) -> EntryID? {
        optionalString(key).map { EntryID($0) }
    }

    // MARK: Lists

    /// A list of scalars; a single scalar is not accepted as a list of one.
    func optionalStrings(_ key: String) -> [String]? {
        guard let value = node(key) else { return nil }
        guard case .sequence(let sequence) = value else {
            context.report(BadValueRule.description, at: value.mark,
                           "«\(key)» i \(subject) skal være en liste.",
                           fixIt: "Skriv en liste: «\(key): [a, b]», eller «\(key): []» for ingen.")
            return nil
        }
        var result: [String] = []
        for (index, element) in sequence.enumerated() {
            context.record("\(keyPath(key)).\(index)", element.mark)
            guard case .scalar(let scalar) = element else {
                context.report(BadValueRule.description, at: element.mark,
                               "Element \(index + 1) i «\(key)» skal være en enkelt verdi.")
                continue
            }
            result.append(scalar.string)
        }
        return result
    }

    func strings(_ key: String) -> [String] {
        if let value = optionalStrings(key) { return value }
        if node(key) == nil { reportMissing(key, hint: "[]") }
        return []
    }

    func vocabularies<V: Vocabulary>(_ key: String, _ type: V.Type) -> [V] {
        let marks = sequenceMarks(key)
        return strings(key).enumerated().compactMap { index, text in
            vocabularyValue(text, V.self, key: key, mark: marks.indices.contains(index) ? marks[index] : nil)
        }
    }

    private func sequenceMarks(_ key: String) -> [Mark?] {
        guard case .sequence(let sequence)? = pair(key)?.value
        else { return [] }
        return sequence.map(\.mark)
    }

    // MARK: Nested mappings

    func optionalMapping<T>(_ key: String, subject: String? = nil, _ read: (MappingReader) -> T) -> T? {
        guard let value = node(key) else { return nil }
        guard case .mapping(let nested) = value else {
            context.report(BadValueRule.description, at: value.mark,
                           "«\(key)» i \(self.subject) skal være en samling nøkler.",
                           fixIt: "Skriv nøklene under «\(key):», rykket inn.")
            return nil
        }
        let reader = MappingReader(nested, context: context, path: keyPath(key), subject: subject ?? "«\(key)»")
        let result = read(reader)
        reader.finish()
        return result
    }

    func mapping<T>(_ key: String, subject: String? = nil, _ read: (MappingReader) -> T) -> T? {
        if let value = optionalMapping(key, subject: subject, read) { return value }
        if node(key) == nil { reportMissing(key) }
        return nil
    }

    func optionalMappings<T>(_ key: String, subject: String? = nil, _ read: (MappingReader) -> T) -> [T]? {
        guard let value = node(key) else { return nil }
        guard case .sequence(let sequence) = value else {
            context.report(BadValueRule.description, at: value.mark,
                           "«\(key)» i \(self.subject) skal være en liste.",
                           fixIt: "Skriv hvert element på egen linje som begynner med «- ».")
            return nil
        }
        var result: [T] = []
        for (index, element) in sequence.enumerated() {
            context.record("\(keyPath(key)).\(index)", element.mark)
            guard case .mapping(let nested) = element else {
                context.report(BadValueRule.description, at: element.mark,
                               "Element \(index + 1) i «\(key)» skal være en samling nøkler.")
                continue
            }
            let reader = MappingReader(
                nested, context: context, path: "\(keyPath(key)).\(index)",
                subject: subject ?? "element \(index + 1) i «\(key)»")
            result.append(read(reader))
            reader.finish()
        }
        return result
    }

    func mappings<T>(_ key: String, subject: String? = nil, _ read: (MappingReader) -> T) -> [T] {
        if let value = optionalMappings(key, subject: subject, read) { return value }
        if node(key) == nil { reportMissing(key) }
        return []
    }

    /// A mapping from words to scalars, such as a worked example's answers.
    func scalarMapping(_ key: String) -> [String: String] {
        guard let value = node(key) else {
            reportMissing(key)
            return [:]
        }
        guard case .mapping(let nested) = value else {
            context.report(BadValueRule.description, at: value.mark, "«\(key)» skal være en samling «id: svar».")
            return [:]
        }
        var result: [String: String] = [:]
        for (keyNode, valueNode) in nested {
            guard let name = keyNode.scalar?.string, let answer = valueNode.scalar?.string else {
                context.report(BadValueRule.description, at: keyNode.mark, "«\(key)» skal være en samling «id: svar».")
                continue
            }
            result[name] = answer
        }
        return result
    }
}
