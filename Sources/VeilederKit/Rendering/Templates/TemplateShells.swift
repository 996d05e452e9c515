import Foundation
import Mustache

/// Renders a template once per shape of view rather than once per page. Each template lookup costs
/// a microsecond or two in swift-mustache, and a recommendation's page makes about sixty; asking the
/// view the same questions directly costs a few dozen nanoseconds each.
///
/// The shape of a view is what it answers to the template's lookups, with each text reduced to
/// whether it is empty or ends a line (`ViewAnswer`). Views of one shape make the template take the
/// same path and differ only in the texts it writes, so the template is rendered once with a marker
/// for each text (the shell), and every later view of that shape is the shell with its own texts put
/// in. The lookups of all known shapes form a tree, so finding a view's shape asks each question once.
///
/// A marker holds `<`, so the shell shows where the template escapes a text: `&lt;` where it does.
/// A shape gets a shell only when a second view of it comes, and only if the shell filled with the
/// first view's texts is byte for byte what the template rendered for it; otherwise views of that
/// shape are rendered whole. A template's very first view is rendered without a trace, so that pages
/// made once per build pay nothing, and a template whose shapes rarely come again is given up. Templates with partials or with transforms that read a text's letters
/// or sort (`canShell`) are always rendered whole.
final class TemplateShells: @unchecked Sendable {
    /// Shapes kept per template; views of any other shape are rendered whole.
    static let maximumShapes = 2048
    /// When a template has met this many shapes and fewer than half of them came again, tracing it
    /// costs more than its shells save (the real recommendations: 63 shapes, 24 of them repeated), and
    /// it is rendered whole from then on.
    static let trialShapes = 32

    /// The template's own text is kept as a `String`: a page put together as text then needs no
    /// UTF-8 validation, which cost more than the rest of putting a large page together.
    enum Piece: Equatable {
        case text(String)
        case value(Int, escaped: Bool)
    }

    /// A rendering: the template's own text, or a shell and the texts that go in it.
    enum Rendered {
        case whole(String)
        case shell([Piece], [String])
    }

    private enum Shape {
        /// Rendered once; made a shell when a second view of this shape comes.
        case seen(texts: [String], output: [UInt8])
        case shell([Piece])
        /// The markers could not stand in for this shape's texts.
        case whole
    }

    private final class Node {
        let lookup: ViewLookup
        /// The type of value this lookup had when its node was made, and how it takes part.
        let type: ObjectIdentifier?
        let kind: ValueKind?
        let elements: (ObjectIdentifier, ValueKind)?
        /// Few: most lookups have one or two answers among all shapes.
        var next: [(answer: ViewAnswer, next: Next)] = []

        init(_ traced: TracedLookup) {
            lookup = traced.lookup
            type = traced.type
            kind = traced.kind
            elements = traced.elements
        }

        func following(_ answer: ViewAnswer) -> Next? {
            for index in next.indices where next[index].answer.isSame(as: answer) { return next[index].next }
            return nil
        }
    }

    private enum Next {
        case lookup(Node)
        case shape(Int)
    }

    private struct Shapes {
        var first: Next?
        var shapes: [Shape] = []
        /// Set when the template's shapes rarely came again (`trialShapes`): it is rendered whole.
        var givenUp = false
    }

    /// The templates that can be rendered from shells, with the keys each reads in a section or
    /// transform: a number under any other key is only written, and is traced as a text.
    private let shellable: [String: Set<String>]
    private let lock = ReadWriteLock()
    private var templates: [String: Shapes] = [:]

    init(shellable: [String: Set<String>]) {
        self.shellable = shellable
    }

    /// How many shapes of each kind the templates have met so far.
    var counts: (shells: Int, seenOnce: Int, whole: Int) {
        lock.read()
        defer { lock.unlock() }
        var counts = (shells: 0, seenOnce: 0, whole: 0)
        for shape in templates.values.flatMap(\.shapes) {
            switch shape {
            case .shell: counts.shells += 1
            case .seen: counts.seenOnce += 1
            case .whole: counts.whole += 1
            }
        }
        return counts
    }

    /// A view that does not answer lookups itself, answered by reflection.
    func render(reflecting view: Any, _ name: String, library: MustacheLibrary) -> Rendered {
        let view = view as? MustacheParent ?? ReflectedView.wrap(view)
        guard let root = view as? MustacheParent else { return .whole(library.render(view, withTemplate: name) ?? "") }
        return render(root, name, library: library)
    }

    func render(_ root: any MustacheParent, _ name: String, library: MustacheLibrary) -> Rendered {
        guard let numbersRead = shellable[name] else { return .whole(library.render(root, withTemplate: name) ?? "") }
        lock.read()
        let shapes = templates[name]
        let found = shapes?.givenUp == true ? nil : TemplateShells.find(shapes?.first, for: root, numbersRead: numbersRead)
        let shape = found.map { shapes!.shapes[$0.shape] }
        lock.unlock()

        switch (found, shape) {
        case (let found?, .shell(let pieces)?):
            return .shell(pieces, found.texts)
        case (_?, .whole?):
            return .whole(library.render(root, withTemplate: name) ?? "")
        case (let found?, .seen(let texts, let output)?):
            let pieces = TemplateShells.shell(of: root, name, numbersRead: numbersRead, library: library)
                .flatMap { TemplateShells.assemble($0, texts) == output ? $0 : nil }
            lock.write()
            // Unless the template was given up meanwhile on another core, which empties its shapes.
            if templates[name]?.givenUp == false { templates[name]!.shapes[found.shape] = pieces.map(Shape.shell) ?? .whole }
            lock.unlock()
            if let pieces { return .shell(pieces, found.texts) }
            return .whole(library.render(root, withTemplate: name) ?? "")
        default:
            // A template's first view is rendered whole and untraced: most pages made once per build
            // (the front page, a guideline's, the overview) gain nothing from a trace.
            guard let shapes, !shapes.givenUp, shapes.shapes.count < TemplateShells.maximumShapes else {
                if shapes == nil {
                    lock.write()
                    if templates[name] == nil { templates[name] = Shapes() }
                    lock.unlock()
                }
                return .whole(library.render(root, withTemplate: name) ?? "")
            }
            let trace = ViewTrace(root: root, marked: false, numbersRead: numbersRead)
            let output = library.render(trace.root, withTemplate: name) ?? ""
            if trace.complete {
                lock.write()
                TemplateShells.insert(
                    trace, .seen(texts: trace.answers.texts, output: Array(output.utf8)), into: &templates[name, default: Shapes()])
                lock.unlock()
            }
            return .whole(output)
        }
    }

    /// The shape a view has among those known, and its texts in marker order.
    private static func find(_ first: Next?, for root: MustacheParent, numbersRead: Set<String>) -> (shape: Int, texts: [String])? {
        var answers = ViewAnswers(root: root, numbersRead: numbersRead)
        var next = first
        while let current = next {
            switch current {
            case .shape(let shape):
                return (shape, answers.texts)
            case .lookup(let node):
                let value = answers.views[node.lookup.view].child(named: node.lookup.key)
                let known = value.flatMap { node.type == ObjectIdentifier(type(of: $0)) ? node.kind : nil }
                guard let answer = answers.answer(value, kind: known, elements: node.elements, key: node.lookup.key) else { return nil }
                next = node.following(answer)
            }
        }
        return nil
    }

    /// Adds a shape's lookups to the tree; a shape met twice at once (two pages on two cores) is kept once.
    private static func insert(_ trace: ViewTrace, _ shape: Shape, into shapes: inout Shapes) {
        guard !shapes.givenUp, shapes.shapes.count < maximumShapes else { return }
        let index = shapes.shapes.count
        let lookups = trace.lookups
        guard let firstLookup = lookups.first?.lookup else {
            if shapes.first == nil {
                shapes.first = .shape(index)
                shapes.shapes.append(shape)
            }
            return
        }
        if shapes.first == nil { shapes.first = .lookup(Node(lookups[0])) }
        guard case .lookup(var current) = shapes.first, current.lookup == firstLookup else { return }
        for position in lookups.indices {
            let answer = lookups[position].answer
            let isLast = position + 1 == lookups.count
            switch current.following(answer) {
            case nil where isLast:
                current.next.append((answer, .shape(index)))
                shapes.shapes.append(shape)
                if shapes.shapes.count == trialShapes,
                   shapes.shapes.count(where: { if case .shell = $0 { true } else { false } }) * 2 < trialShapes {
                    shapes = Shapes(givenUp: true)
                }
                return
            case nil:
                let created = Node(lookups[position + 1])
                current.next.append((answer, .lookup(created)))
                current = created
            case .lookup(let existing)? where !isLast && existing.lookup == lookups[position + 1].lookup:
                current = existing
            default:
                return
            }
        }
    }

    /// The template rendered with markers for the view's texts, cut into text and the places of
    /// texts; nil if the trace gave up or a marker came out changed.
    private static func shell(of root: MustacheParent, _ name: String, numbersRead: Set<String>, library: MustacheLibrary) -> [Piece]? {
        let trace = ViewTrace(root: root, marked: true, numbersRead: numbersRead)
        let bytes = Array((library.render(trace.root, withTemplate: name) ?? "").utf8)
        guard trace.complete else { return nil }
        let count = trace.answers.texts.count
        var pieces: [Piece] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x01 else {
                index += 1
                continue
            }
            guard let end = bytes[(index + 1)...].firstIndex(of: 0x01),
                  let (number, escaped) = parseMarker(bytes[(index + 1)..<end]), number < count
            else { return nil }
            pieces.append(.text(String(decoding: bytes[start..<index], as: UTF8.self)))
            pieces.append(.value(number, escaped: escaped))
            index = end + 1
            start = index
        }
        pieces.append(.text(String(decoding: bytes[start...], as: UTF8.self)))
        return pieces
    }

    /// `<N` written as it is, or `&lt;N` escaped.
    private static func parseMarker(_ bytes: ArraySlice<UInt8>) -> (Int, escaped: Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("<"), let number = Int(text.dropFirst()) { return (number, false) }
        if text.hasPrefix("&lt;"), let number = Int(text.dropFirst(4)) { return (number, true) }
        return nil
    }

    /// A shell with its texts put in, exactly as large as it needs to be: every page is kept in memory
    /// until the site is published.
    static func assemble(_ pieces: [Piece], _ texts: [String]) -> [UInt8] {
        let written = written(pieces, texts)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(written.reduce(0) { $0 + $1.utf8.count })
        for text in written { bytes += text.utf8 }
        return bytes
    }

    /// The same as text.
    static func assembleText(_ pieces: [Piece], _ texts: [String]) -> String {
        let written = written(pieces, texts)
        var text = ""
        text.reserveCapacity(written.reduce(0) { $0 + $1.utf8.count })
        for part in written { text += part }
        return text
    }

    /// Each piece as it is written: the template's text, or a view's text, escaped where the template escapes it.
    private static func written(_ pieces: [Piece], _ texts: [String]) -> [String] {
        pieces.map { piece in
            switch piece {
            case .text(let fixed): fixed
            case .value(let index, let escaped): escaped ? FastHTMLContentType.escape(texts[index]) : texts[index]
            }
        }
    }

    /// Transforms whose result depends only on a shape: emptiness, counts, positions and numbers.
    static let shapeTransforms: Set<Substring> = [
        "empty", "count", "first", "last", "index", "even", "odd", "equalzero", "plusone", "minusone",
    ]

    /// The keys a template reads in a section (`{{#key}}`, `{{^key}}`, `{{#a.key}}`) or passes to a
    /// transform (`{{#even(key)}}`): where a number decides what is rendered.
    static func keysRead(bySectionsIn source: String) -> Set<String> {
        var keys: Set<String> = []
        for tag in tags(in: source).tags where tag.first == "#" || tag.first == "^" || tag.contains("(") {
            let names = tag.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
            keys.formUnion(names.map(String.init))
        }
        return keys
    }

    /// Whether a template's source can be rendered from shells: no partials, blocks or changed
    /// delimiters, and no transform that reads a text's letters or sorts.
    static func canShell(_ source: String) -> Bool {
        let (tags, closed) = tags(in: source)
        guard closed else { return false }
        for tag in tags where tag.first != "!" {
            if let first = tag.first, ">$<=".contains(first) { return false }
            var call = tag[...]
            while let parenthesis = call.firstIndex(of: "(") {
                let name = call[..<parenthesis].reversed().prefix { $0.isLetter }.reversed()
                guard shapeTransforms.contains(Substring(name)) else { return false }
                call = call[call.index(after: parenthesis)...]
            }
        }
        return true
    }

    /// The inside of every `{{…}}` in `source`, without the opening braces and spaces of `{{{ x }}}`,
    /// and whether the last one was closed. Searched on bytes: with Foundation's `range(of:)` these two
    /// scans took 8 ms of every build, on one core, before the first page.
    static func tags(in source: String) -> (tags: [Substring], closed: Bool) {
        let bytes = source.utf8
        var tags: [Substring] = []
        var index = bytes.startIndex
        func find(_ brace: UInt8, from start: String.Index) -> String.Index? {
            var at = start
            while let found = bytes[at...].firstIndex(of: brace) {
                let next = bytes.index(after: found)
                if next < bytes.endIndex, bytes[next] == brace { return found }
                at = next
            }
            return nil
        }
        while let open = find(UInt8(ascii: "{"), from: index) {
            let inside = bytes.index(open, offsetBy: 2)
            guard let close = find(UInt8(ascii: "}"), from: inside) else { return (tags, false) }
            tags.append(source[inside..<close].drop { $0 == "{" || $0 == " " })
            index = bytes.index(close, offsetBy: 2)
        }
        return (tags, true)
    }
}

extension TemplateShells.Rendered {
    var string: String {
        switch self {
        case .whole(let text): text
        case .shell(let pieces, let texts): TemplateShells.assembleText(pieces, texts)
        }
    }

    var bytes: [UInt8] {
        switch self {
        case .whole(let text): Array(text.utf8)
        case .shell(let pieces, let texts): TemplateShells.assemble(pieces, texts)
        }
    }
}
