/// Collects, for one page being rendered, every internal link it emits and every anchor it defines.
/// Every href on a page is made here, so none escapes verification.
final class PageLinks {
    let page: String
    private(set) var links: [InternalLink] = []
    private(set) var anchors: Set<String> = []

    init(page: String) { self.page = page }

    /// The href from this page to a site file, recorded for verification.
    func href(to target: String, anchor: String? = nil) -> String {
        let href = SitePaths.href(from: page, to: target, anchor: anchor)
        links.append(InternalLink(target: target, anchor: anchor, href: href))
        return href
    }

    func href(to entry: Entry, anchor: String? = nil) -> String {
        let location = SitePaths.location(of: entry)
        return href(to: location.page, anchor: anchor ?? location.anchor)
    }

    /// Declares an id on this page and returns it.
    @discardableResult
    func anchor(_ id: String) -> String {
        anchors.insert(id)
        return id
    }
}
