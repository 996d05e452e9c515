import Foundation
import Mustache
import Testing
@testable import VeilederKit

/// A page put together from a shell must be byte for byte what the template renders, whatever its
/// texts hold; a template or view the markers cannot stand in for must be rendered whole.
@Suite struct TemplateShellsTests {
    static let texts = [
        "Sengeleie", "«Røde flagg» & <hast>", "Tittel med \"anførsel\" og 'apostrof'", "\u{1}<0\u{1} i en tittel",
        "\u{1}&lt;1\u{1}", "", "slutter med linjeskift\n",
    ]

    static func layouts() -> [LayoutView] {
        let banner = CurrencyBanner(status: "Nasjonal retningslinje", note: "Fra 2007 <ikke revidert>", guideline: "Korsrygg")
        let menu = [Crumb(title: "Korsrygg", href: "../korsrygg/index.html"), Crumb(title: "A & B", href: "../b.html")]
        return texts.indices.flatMap { index in
            (0...2).flatMap { crumbs in
                [banner, nil].map { banner in
                    LayoutView(
                        title: texts[index], siteName: "Veileder", stylesheet: "../veileder.css", home: "../index.html",
                        skip: "side-\(index).html#innhold", search: "../sok.html", menu: menu, banner: banner,
                        breadcrumbs: (0..<crumbs).map { Crumb(title: "\(texts[index]) \($0)", href: "../k\($0).html#a&b") },
                        content: "<p>Innhold \(index) med \u{1}<2\u{1} og &amp;</p>")
                }
            }
        }
    }

    @Test func layoutPagesFromShellsAreWhatTheTemplateRenders() throws {
        let templates = try TemplateSet.load(from: SiteBuild.templates)
        for view in Self.layouts() {
            #expect(templates.renderBytes(view, "layout") == Array(templates.library.render(view, withTemplate: "layout")!.utf8))
        }
        // Titles that are empty or end a line are shapes of their own, besides breadcrumbs and banner.
        let counts = templates.shells.counts
        #expect(counts.shells >= 6)
        #expect(counts.whole == 0)
    }

    /// A template and views of its own: sections, inverted sections, lists of texts and of views,
    /// numbers, flags, nested views and `empty(…)`.
    static let source = """
        <h1>{{title}}</h1>{{{raw}}}
        {{#flag}}<p>ja {{count}}</p>{{/flag}}{{^flag}}<p>nei</p>{{/flag}}
        {{^empty(items)}}<ul>{{#items}}<li class="{{kind}}">{{#first()}}første {{/first()}}{{name}} i {{title}}</li>{{/items}}</ul>{{/empty(items)}}
        {{#words}}[{{.}}]{{/words}}{{#note}}<em>{{note}}</em>{{^empty(note)}}!{{/empty(note)}}{{/note}}{{#even(count)}} partall{{/even(count)}}
        {{#child}}<a href="{{href}}">{{name}}</a>{{/child}}
        """

    struct Item: MustacheParent {
        let name: String
        let kind: String
        func child(named name: String) -> Any? {
            switch name {
            case "name": self.name
            case "kind": kind
            default: nil
            }
        }
    }

    struct Page: MustacheParent {
        var title = "Tittel"
        var raw = "<b>rå</b>"
        var flag = true
        var count = 2
        var items: [Item] = [Item(name: "a", kind: "x"), Item(name: "b & c", kind: "<y>")]
        var words: [String] = ["en", "to"]
        var note: String? = nil
        var child: Item? = Item(name: "barn", kind: "z")

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "raw": raw
            case "flag": flag
            case "count": count
            case "items": items
            case "words": words
            case "note": note
            case "child": child.map(ItemLink.init)
            default: nil
            }
        }
    }

    struct ItemLink: MustacheParent {
        let item: Item
        func child(named name: String) -> Any? {
            switch name {
            case "href": "\(item.kind).html"
            default: item.child(named: name)
            }
        }
    }

    static func all(_ counts: (shells: Int, seenOnce: Int, whole: Int)) -> [Int] {
        [counts.shells, counts.seenOnce, counts.whole]
    }

    static func library(_ source: String) throws -> MustacheLibrary {
        FastHTMLContentType.register()
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: FastHTMLContentType.pragma + source), named: "t")
        return library
    }

    /// Shells for the template `t` made from this source.
    static func shells(_ source: String) -> TemplateShells {
        TemplateShells(shellable: ["t": TemplateShells.keysRead(bySectionsIn: source)])
    }

    static func pages() -> [Page] {
        var pages: [Page] = []
        for text in texts {
            pages.append(Page(title: text))
            pages.append(Page(title: "Side", raw: text))
            pages.append(Page(items: [Item(name: text, kind: text)]))
            pages.append(Page(words: [text, text, "tre"]))
            pages.append(Page(note: text))
            pages.append(Page(flag: false, count: 3, items: [], child: Item(name: text, kind: "k")))
            pages.append(Page(count: 4, child: nil))
        }
        return pages
    }

    @Test func pagesOfEveryShapeAreWhatTheTemplateRenders() throws {
        let library = try Self.library(Self.source)
        let shells = Self.shells(Self.source)
        // Twice over, so that every shape is met again after its shell was made.
        for page in Self.pages() + Self.pages() {
            #expect(shells.render(page, "t", library: library).string == library.render(page, withTemplate: "t"))
        }
        let counts = shells.counts
        #expect(counts.shells > 10)
        #expect(counts.seenOnce == 0)
        #expect(counts.whole == 0)
    }

    @Test func aTemplateThatWritesAViewAsTextIsRenderedWhole() throws {
        let library = try Self.library("<p>{{title}} {{child}}</p>")
        let shells = Self.shells("<p>{{title}} {{child}}</p>")
        for page in Self.pages() where page.child != nil {
            #expect(shells.render(page, "t", library: library).string == library.render(page, withTemplate: "t"))
        }
        #expect(Self.all(shells.counts) == [0, 0, 0])
    }

    @Test func aValueTheMarkersCannotStandForIsRenderedWhole() throws {
        struct Measured: MustacheParent {
            let value: Double
            func child(named name: String) -> Any? { name == "value" ? value : nil }
        }
        let library = try Self.library("<p>{{value}}</p>")
        let shells = Self.shells("<p>{{value}}</p>")
        for value in [1.5, 2.25, 1.5] {
            #expect(shells.render(Measured(value: value), "t", library: library).string == "<p>\(value)</p>")
        }
        #expect(Self.all(shells.counts) == [0, 0, 0])
    }

    @Test func templatesThatReadLettersSortOrIncludeAreNotShelled() {
        #expect(TemplateShells.canShell("{{^empty(gaps)}}<ul>{{#gaps}}<li>{{.}}</li>{{/gaps}}</ul>{{/empty(gaps)}}"))
        #expect(TemplateShells.canShell("{{! en kommentar (med parentes) }}{{#items}}{{#first()}}…{{/first()}}{{/items}}"))
        #expect(!TemplateShells.canShell("<title>{{uppercased(title)}}</title>"))
        #expect(!TemplateShells.canShell("{{#sorted(words)}}{{.}}{{/sorted(words)}}"))
        #expect(!TemplateShells.canShell("{{{ reversed(raw) }}}"))
        #expect(!TemplateShells.canShell("{{> annen}}"))
        #expect(!TemplateShells.canShell("{{=<% %>=}}<% title %>"))
        #expect(!TemplateShells.canShell("{{title"))
    }

    @Test func aTemplateThatIsNotShelledIsRenderedWholeEveryTime() throws {
        let library = try Self.library("<p>{{title}}</p>")
        let shells = TemplateShells(shellable: [:])
        for page in Self.pages() {
            #expect(shells.render(page, "t", library: library).string == library.render(page, withTemplate: "t"))
        }
        #expect(Self.all(shells.counts) == [0, 0, 0])
    }

    @Test func aTraceIsFreedWithWhatItGave() throws {
        let library = try Self.library(Self.source)
        weak var freed: ViewTrace?
        do {
            let trace = ViewTrace(root: Page(), marked: true, numbersRead: [])
            _ = library.render(trace.root, withTemplate: "t")
            #expect(trace.complete)
            freed = trace
        }
        // Stand-ins for views point back at their trace; the trace keeps them, so the pointer is unowned.
        #expect(freed == nil)
    }

    @Test func aTemplateWhoseShapesRarelyComeAgainIsGivenUp() throws {
        let library = try Self.library(Self.source)
        let shells = Self.shells(Self.source)
        // A different count is a different shape: none comes again.
        let pages = (0..<(TemplateShells.trialShapes + 8)).map { Page(count: $0) }
        for page in pages + pages {
            #expect(shells.render(page, "t", library: library).string == library.render(page, withTemplate: "t"))
        }
        #expect(Self.all(shells.counts) == [0, 0, 0])

        // Shapes that come again keep their shells past the trial.
        let repeating = Self.shells(Self.source)
        for page in pages + pages {
            _ = repeating.render(page, "t", library: library)
            #expect(repeating.render(page, "t", library: library).string == library.render(page, withTemplate: "t"))
        }
        #expect(repeating.counts.shells > TemplateShells.trialShapes)
    }

    @Test func theKeysSectionsAndTransformsReadAreFound() {
        let keys = TemplateShells.keysRead(bySectionsIn: """
            {{title}} {{{raw}}} {{#flag}}{{count}}{{/flag}}{{^empty(items)}}{{#a.b}}{{/a.b}}{{/empty(items)}}
            {{#even(total)}}{{/even(total)}}{{^missing}}{{/missing}}{{ plusone(index) }}
            """)
        #expect(keys == ["flag", "empty", "items", "a", "b", "even", "total", "missing", "plusone", "index"])
    }

    @Test func aNumberTheTemplateOnlyWritesIsATextOfTheShape() throws {
        struct Counted: MustacheParent {
            let count: Int
            let flag: Bool
            func child(named name: String) -> Any? {
                switch name {
                case "count": count
                case "flag": flag
                default: nil
                }
            }
        }
        let source = "<p>{{count}} anbefalinger{{#flag}}, {{{count}}} i alt{{/flag}}</p>"
        let library = try Self.library(source)
        let shells = Self.shells(source)
        let views = (0..<(TemplateShells.trialShapes + 8)).map { Counted(count: $0 * 7, flag: $0 % 2 == 0) }
        for view in views {
            #expect(shells.render(view, "t", library: library).string == library.render(view, withTemplate: "t"))
        }
        // One shape for each flag, whatever the count; a section over the count would keep it whole.
        #expect(Self.all(shells.counts) == [2, 0, 0])
        let read = "{{#count}}<p>{{count}}</p>{{/count}}"
        let readLibrary = try Self.library(read)
        let reading = Self.shells(read)
        for count in [0, 3, 0, 3, 0] {
            #expect(reading.render(Counted(count: count, flag: true), "t", library: readLibrary).string
                == readLibrary.render(Counted(count: count, flag: true), withTemplate: "t"))
        }
        #expect(Self.all(reading.counts) == [2, 0, 0])
    }
}
