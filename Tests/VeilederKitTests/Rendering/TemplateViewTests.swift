import Mustache
import Testing
@testable import VeilederKit

/// Views that answer the templates' key lookups themselves, instead of being reflected, must answer
/// for every field they have: a key left out of `child(named:)` would render as nothing, silently.
@Suite struct TemplateViewTests {
    nonisolated(unsafe) static let views: [any MustacheParent] = [
        Crumb(title: "Anbefalinger", href: "../anbefalinger/index.html"),
        FilterAttribute(key: "styrke", value: "sterk moderat"),
    ]

    @Test(arguments: views.indices)
    func answersEveryFieldWithItsValue(index: Int) throws {
        let view = Self.views[index]
        let fields = Mirror(reflecting: view).children
        #expect(!fields.isEmpty)
        for field in fields {
            let label = try #require(field.label)
            let answer = try #require(view.child(named: label), "«\(label)» of \(type(of: view)) is not answered")
            #expect(String(describing: answer) == String(describing: field.value))
        }
        #expect(view.child(named: "finnes-ikke") == nil)
    }

    @Test func aListOfSuchViewsRendersThroughTheTemplate() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{#items}}<a href=\"{{href}}\">{{title}}</a>{{/items}}"), named: "list")
        struct List { let items: [Crumb] }
        let view = ReflectedView(List(items: [Crumb(title: "A", href: "a.html"), Crumb(title: "B", href: "b.html")]))
        #expect(library.render(view, withTemplate: "list") == "<a href=\"a.html\">A</a><a href=\"b.html\">B</a>")
    }
}
