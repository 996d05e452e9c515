/// Collects, for one page being rendered, every internal link it emits and every anchor it defines.
/// Every href on a page is made here, so none escapes verification.
final class PageLinks {
    let page: String
    /// The links in groups: each included part's own, kept as it came (a rebuild's verification knows
    /// a part kept from the cache by its storage), and the page's own links between them.
    private var groups: [[InternalLink]] = []
    private var own: [InternalLink] = []
    private(set) var anchors: Set<String> = []

    init(page: String) { self.page = page }

    var linkGroups: [[InternalLink]] { own.isEmpty ? groups : groups + [own] }
    var links: [InternalLink] { Array(linkGroups.joined()) }

    /// The href from this page to a site file, recorded for verification.
    func href(to target: String, anchor: String? = nil) -> String {
        let href = SitePaths.href(from: page, to: target, anchor: anchor)
        own.append(InternalLink(target: target, anchor: anchor, href: href))
        return href
    }

    func href(to entry: Entry, anchor: String? = nil) -> String {
        let location = SitePaths.location(of: entry)
        return href(to: location.page, anchor: anchor ?? location.anchor)
    }

    /// Takes over what a part of this page, rendered with its own `PageLinks`, linked to and declared.
    func include(_ part: LinkedHTML) {
        if !own.isEmpty {
            groups.append(own)
            own = []
        }
        if !part.links.isEmpty { groups.append(part.links) }
        anchors.formUnion(part.anchors)
    }

    /// Declares an id on this page and returns it.
    @discardableResult
    func anchor(_ id: String) -> String {
        anchors.insert(id)
        return id
    }
}

/// HTML for a part of a page with the links and anchors it made, so that it can be kept between the
/// renders of an incremental build and put back into its page with `PageLinks.include`.
struct LinkedHTML: Sendable {
    let html: String
    let links: [InternalLink]
    let anchors: Set<String>

    /// Renders a part of the page at `page` on its own.
    init(page: String, render: (PageLinks) -> String) {
        let links = PageLinks(page: page)
        html = render(links)
        self.links = links.links
        anchors = links.anchors
    }
}
