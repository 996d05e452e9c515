import Foundation

/// The layout around every page, rendered through its template once per kind of page rather than
/// once per page. Pages in the same folder, of the same guideline and with as many breadcrumbs
/// share everything but their title, skip link, breadcrumbs and content; the layout is rendered
/// with a marker in place of each of those, and every page is the rendered text with its own values
/// put in. Each template lookup costs a microsecond or two in swift-mustache, and the layout has
/// about thirty per page.
///
/// A marker holds `<`, so whether the template escapes a value shows in the text: `&lt;` where it
/// does. A shell is used only if every marker came out as a marker and the first page put together
/// from it is byte for byte what the template renders; otherwise that kind of page is rendered
/// whole, as before.
final class LayoutShells: @unchecked Sendable {
    struct Key: Hashable {
        let folder: Substring
        let banner: CurrencyBanner?
        let breadcrumbs: Int
    }

    enum Piece {
        case text([UInt8])
        case value(Int, escaped: Bool)
    }

    private let lock = NSLock()
    private var shells: [Key: [Piece]?] = [:]

    /// The page's bytes: from the shell of its kind, or from `render` when there is none.
    func page(_ view: LayoutView, path: String, templates: TemplateSet) -> [UInt8] {
        let key = Key(
            folder: path[..<(path.lastIndex(of: "/") ?? path.startIndex)], banner: view.banner,
            breadcrumbs: view.breadcrumbs.count)
        let values = LayoutShells.values(of: view)
        lock.lock()
        let known = shells[key]
        lock.unlock()
        if let known {
            if let pieces = known { return LayoutShells.assemble(pieces, values) }
            return Array(templates.render(view, "layout").utf8)
        }
        let whole = Array(templates.render(view, "layout").utf8)
        let pieces = LayoutShells.shell(view, values: values.count, templates: templates)
            .flatMap { LayoutShells.assemble($0, values) == whole ? $0 : nil }
        lock.lock()
        shells[key] = .some(pieces)
        lock.unlock()
        return whole
    }

    /// How many kinds of page have a shell, and how many are rendered whole.
    var kinds: (shells: Int, whole: Int) {
        lock.lock()
        defer { lock.unlock() }
        let withShell = shells.values.filter { $0 != nil }.count
        return (withShell, shells.count - withShell)
    }

    /// What differs between pages of one kind, in marker order.
    private static func values(of view: LayoutView) -> [String] {
        [view.title, view.skip, view.content] + view.breadcrumbs.flatMap { [$0.title, $0.href] }
    }

    private static func marker(_ index: Int) -> String { "\u{1}<\(index)\u{1}" }

    /// The layout rendered with markers, cut into text and the places of values; nil if a marker
    /// went missing or changed (a template that transforms a value).
    private static func shell(_ view: LayoutView, values count: Int, templates: TemplateSet) -> [Piece]? {
        let marked = LayoutView(
            title: marker(0), siteName: view.siteName, stylesheet: view.stylesheet, home: view.home, skip: marker(1),
            search: view.search, menu: view.menu, banner: view.banner,
            breadcrumbs: view.breadcrumbs.indices.map { Crumb(title: marker(3 + 2 * $0), href: marker(4 + 2 * $0)) },
            content: marker(2))
        let bytes = Array(templates.render(marked, "layout").utf8)
        var pieces: [Piece] = []
        var seen = Set<Int>()
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x01 else {
                text.append(bytes[index])
                index += 1
                continue
            }
            guard let end = bytes[(index + 1)...].firstIndex(of: 0x01),
                  let (number, escaped) = parseMarker(bytes[(index + 1)..<end]), number < count
            else { return nil }
            pieces.append(.text(text))
            pieces.append(.value(number, escaped: escaped))
            seen.insert(number)
            text = []
            index = end + 1
        }
        pieces.append(.text(text))
        return seen.count == count ? pieces : nil
    }

    /// `<N` written as it is, or `&lt;N` escaped.
    private static func parseMarker(_ bytes: ArraySlice<UInt8>) -> (Int, escaped: Bool)? {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("<"), let number = Int(text.dropFirst()) { return (number, false) }
        if text.hasPrefix("&lt;"), let number = Int(text.dropFirst(4)) { return (number, true) }
        return nil
    }

    /// Exactly as large as it needs to be: every page is kept in memory until the site is published.
    private static func assemble(_ pieces: [Piece], _ values: [String]) -> [UInt8] {
        let texts = pieces.map { piece -> String? in
            guard case .value(let index, let escaped) = piece else { return nil }
            return escaped ? FastHTMLContentType.escape(values[index]) : values[index]
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(zip(pieces, texts).reduce(0) { size, item in
            if case .text(let text) = item.0 { return size + text.count }
            return size + (item.1?.utf8.count ?? 0)
        })
        for (piece, text) in zip(pieces, texts) {
            if case .text(let fixed) = piece { bytes += fixed } else if let text { bytes += text.utf8 }
        }
        return bytes
    }
}
