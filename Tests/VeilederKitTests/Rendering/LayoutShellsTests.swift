import Foundation
import Testing
@testable import VeilederKit

/// A page put together from a layout shell must be byte for byte the layout rendered whole, whatever
/// its values hold; a layout the markers cannot stand in for must be rendered whole.
@Suite struct LayoutShellsTests {
    static let banner = CurrencyBanner(status: "Nasjonal retningslinje", note: "Fra 2007 <ikke revidert>", guideline: "Korsrygg")
    static let titles = ["Sengeleie", "«Røde flagg» & <hast>", "Tittel med \"anførsel\" og 'apostrof'", "\u{1}<0\u{1} i en tittel", ""]

    static func views() -> [(path: String, view: LayoutView)] {
        let menu = [Crumb(title: "Korsrygg", href: "../korsrygg/index.html"), Crumb(title: "A & B", href: "../b.html")]
        var views: [(String, LayoutView)] = []
        for (index, title) in titles.enumerated() {
            for crumbs in 0...2 {
                for banner in [banner, nil] {
                    let path = "anbefalinger/side-\(index).html"
                    views.append((path, LayoutView(
                        title: title, siteName: "Veileder", stylesheet: "../veileder.css", home: "../index.html",
                        skip: "side-\(index).html#innhold", search: "../sok.html", menu: menu, banner: banner,
                        breadcrumbs: (0..<crumbs).map { Crumb(title: "\(title) \($0)", href: "../k\($0).html#a&b") },
                        content: "<p>Innhold \(index) med \u{1}<2\u{1} og &amp;</p>")))
                }
            }
        }
        return views
    }

    @Test func pagesFromShellsAreThePagesTheTemplateRenders() throws {
        let templates = try TemplateSet.load(from: SiteBuild.templates)
        let shells = LayoutShells()
        for (path, view) in Self.views() {
            #expect(shells.page(view, path: path, templates: templates) == Array(templates.render(view, "layout").utf8))
        }
        // One kind per number of breadcrumbs and banner, all of them shells.
        #expect(shells.kinds.shells == 6)
        #expect(shells.kinds.whole == 0)
    }

    @Test func aLayoutThatTransformsAValueIsRenderedWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("layout-shells-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: SiteBuild.templates, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let layout = folder.appendingPathComponent("layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        try text.replacingOccurrences(of: "<title>{{title}}", with: "<title>{{uppercased(title)}}").write(to: layout, atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(from: folder)
        let shells = LayoutShells()
        for (path, view) in Self.views() {
            let page = shells.page(view, path: path, templates: templates)
            #expect(page == Array(templates.render(view, "layout").utf8))
            #expect(view.title.isEmpty || String(decoding: page, as: UTF8.self).contains(FastHTMLContentType.escape(view.title.uppercased())))
        }
        #expect(shells.kinds.shells == 0)
    }
}
