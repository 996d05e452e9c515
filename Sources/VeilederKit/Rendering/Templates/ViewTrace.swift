import Mustache

/// What a view answered to one key lookup, as far as the answer decides what a template renders:
/// a text's value only shows where the template writes it, so a text is kept as whether it is empty
/// or ends a line; Booleans, and numbers that sections and transforms read, are kept whole (a number
/// the template only writes is a text).
enum ViewAnswer {
    case none
    case text(empty: Bool, endsLine: Bool)
    case flag(Bool)
    case number(Int)
    case view
    case list([ViewAnswer])
}

extension ViewAnswer {
    /// `==` without the generic path the synthesised one takes for the list's elements; compared
    /// once per lookup of every page.
    func isSame(as other: ViewAnswer) -> Bool {
        switch (self, other) {
        case (.none, .none), (.view, .view): true
        case (.text(let empty, let endsLine), .text(let otherEmpty, let otherEndsLine)): empty == otherEmpty && endsLine == otherEndsLine
        case (.flag(let flag), .flag(let other)): flag == other
        case (.number(let number), .number(let other)): number == other
        case (.list(let elements), .list(let others)):
            elements.count == others.count && zip(elements, others).allSatisfy { $0.isSame(as: $1) }
        default: false
        }
    }
}

/// One key lookup a template made: which view it asked (0 is the page's own, the rest in the order
/// they were answered) and for which key.
struct ViewLookup: Hashable {
    let view: Int
    let key: String
}

/// A lookup as a trace saw it: what was asked, what came back, and the type of the value with how it
/// takes part (for a list, also its first element's), so that asking a view of the same shape again
/// needs no protocol checks.
struct TracedLookup {
    let lookup: ViewLookup
    let answer: ViewAnswer
    let type: ObjectIdentifier?
    let kind: ValueKind?
    let elements: (ObjectIdentifier, ValueKind)?
}

/// How a value takes part in a template, told from its type.
enum ValueKind {
    case text, flag, number, list, view

    /// Nil for a value whose effect on the template cannot be told from its answer: a closure, a
    /// set, a dictionary, a float, a value that renders itself.
    init?(of value: Any) {
        switch value {
        case is String: self = .text
        case is Bool: self = .flag
        case is Int: self = .number
        case is any TraceableList: self = .list
        case is MustacheTransformable, is MustacheCustomRenderable, is MustacheCustomRepresentation, is any Sequence: return nil
        case is MustacheParent: self = .view
        default: return nil
        }
    }
}

/// The views and texts a rendering has been answered with so far, in the order they came.
struct ViewAnswers {
    private(set) var views: [MustacheParent]
    private(set) var texts: [String] = []
    /// The keys whose numbers the template reads in sections or transforms.
    let numbersRead: Set<String>

    init(root: MustacheParent, numbersRead: Set<String>) {
        views = [root]
        self.numbersRead = numbersRead
    }

    /// Classifies a lookup's value and keeps the views and texts in it; nil for a value a trace cannot
    /// stand for. `kind`, when the caller knows the value's type, saves asking the runtime again: a
    /// protocol check costs about a hundred nanoseconds, as much as the rest of a lookup. `key` is the
    /// lookup's, nil for a list's elements.
    mutating func answer(_ value: Any?, kind: ValueKind?, elements: (ObjectIdentifier, ValueKind)? = nil, key: String? = nil) -> ViewAnswer? {
        guard let value else { return ViewAnswer.none }
        switch kind ?? ValueKind(of: value) {
        case .text?:
            let text = value as! String
            texts.append(text)
            return .text(empty: text.isEmpty, endsLine: text.utf8.last == 0x0A)
        case .flag?: return .flag(value as! Bool)
        case .number?:
            guard let key, !numbersRead.contains(key) else { return .number(value as! Int) }
            texts.append(String(value as! Int))
            return .text(empty: false, endsLine: false)
        case .view?:
            views.append(value as! MustacheParent)
            return .view
        case .list?:
            var answers: [ViewAnswer] = []
            var last: (ObjectIdentifier, ValueKind?)? = elements.map { ($0.0, $0.1) }
            let answered = (value as! any TraceableList).forEachElement { element in
                let type = ObjectIdentifier(Swift.type(of: element))
                let kind = last?.0 == type ? last!.1 : ValueKind(of: element)
                last = (type, kind)
                guard let kind, let answer = answer(element, kind: kind) else { return false }
                answers.append(answer)
                return true
            }
            return answered ? .list(answers) : nil
        case nil: return nil
        }
    }
}

/// Arrays, whose elements a trace answers one by one, whatever their type.
protocol TraceableList {
    var anyElements: [Any] { get }
    /// Each element in turn, without an array of them all; false as soon as `body` is.
    func forEachElement(_ body: (Any) -> Bool) -> Bool
}

extension Array: TraceableList {
    var anyElements: [Any] { map { $0 } }

    func forEachElement(_ body: (Any) -> Bool) -> Bool {
        for element in self where !body(element) { return false }
        return true
    }
}

/// Records the lookups of one rendering. With `marked`, every text but an empty one is answered with
/// a marker that names it, so the output shows where each text goes and whether it was escaped.
final class ViewTrace {
    let marked: Bool
    private(set) var lookups: [TracedLookup] = []
    private(set) var answers: ViewAnswers
    /// False once a lookup had an answer the trace cannot stand for, or a view was written as text.
    private(set) var complete = true

    init(root: MustacheParent, marked: Bool, numbersRead: Set<String>) {
        self.marked = marked
        answers = ViewAnswers(root: root, numbersRead: numbersRead)
    }

    var root: MustacheParent { TracedView(trace: self, index: 0) }

    static func marker(_ index: Int) -> String { "\u{1}<\(index)\u{1}" }

    /// What each lookup was given, so that asking again (`summary.direction` after `summary.symbol`)
    /// gives the same without a step of its own: views answer the same key the same way.
    private var given: [ViewLookup: Any?] = [:]

    fileprivate func child(of view: Int, named key: String) -> Any? {
        let lookup = ViewLookup(view: view, key: key)
        if complete, let earlier = given[lookup] { return earlier }
        let value = answers.views[view].child(named: key)
        guard complete else { return value }
        var nextView = answers.views.count
        var nextText = answers.texts.count
        let kind = value.flatMap(ValueKind.init(of:))
        guard let answer = answers.answer(value, kind: kind, key: key) else {
            complete = false
            return value
        }
        let first = kind == .list ? (value as! any TraceableList).anyElements.first : nil
        lookups.append(TracedLookup(
            lookup: lookup, answer: answer, type: value.map { ObjectIdentifier(type(of: $0)) }, kind: kind,
            elements: first.flatMap { element in ValueKind(of: element).map { (ObjectIdentifier(type(of: element)), $0) } }))
        let standIn = stand(in: answer, for: value, nextView: &nextView, nextText: &nextText)
        given[lookup] = .some(standIn)
        return standIn
    }

    /// What the template is given in place of a value: views traced in their turn, texts or markers.
    private func stand(in answer: ViewAnswer, for value: Any?, nextView: inout Int, nextText: inout Int) -> Any? {
        switch answer {
        case .none: return nil
        case .flag, .number: return value
        case .text(let empty, _):
            defer { nextText += 1 }
            // An empty text is empty in every view of the shape, and `empty(…)` must see it so.
            return marked && !empty ? ViewTrace.marker(nextText) : answers.texts[nextText]
        case .view:
            defer { nextView += 1 }
            return TracedView(trace: self, index: nextView)
        case .list(let elements):
            let values = (value as! any TraceableList).anyElements
            return zip(elements, values).map { stand(in: $0, for: $1, nextView: &nextView, nextText: &nextText) as Any }
        }
    }

    fileprivate func describe(_ view: Int, debug: Bool) -> String {
        complete = false
        return debug ? String(reflecting: answers.views[view]) : String(describing: answers.views[view])
    }
}

/// A view seen through a trace: it answers what the view answers and records the lookup.
private struct TracedView: MustacheParent, CustomStringConvertible, CustomDebugStringConvertible {
    /// Unowned: the trace keeps what it gave, stand-ins included, and outlives the rendering.
    unowned let trace: ViewTrace
    let index: Int

    func child(named name: String) -> Any? { trace.child(of: index, named: name) }

    // A template that writes a view as text depends on more than its answers; the trace gives up.
    var description: String { trace.describe(index, debug: false) }
    var debugDescription: String { trace.describe(index, debug: true) }
}
