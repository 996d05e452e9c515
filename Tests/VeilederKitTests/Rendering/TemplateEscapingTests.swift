import Foundation
import Mustache
import Testing
@testable import VeilederKit

/// `{{value}}` in a template is escaped by our own content type; it must escape what the library's
/// HTML escaping escapes, leave everything else alone, and leave `{{{value}}}` unescaped.
@Suite struct TemplateEscapingTests {
    @Test func theFiveHTMLCharactersAreEscaped() {
        #expect(FastHTMLContentType.escape(#"<a href="x">Tom & 'Jerry'</a>"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func otherTextIsReturnedAsItIs() {
        let text = "Røntgen – «MR» viser ofte forandringer i skivene. 😀"
        #expect(FastHTMLContentType.escape(text) == text)
        #expect(FastHTMLContentType.escape("") == "")
        #expect(FastHTMLContentType.escape("æ<ø") == "æ&lt;ø")
    }

    @Test func templatesLoadedByTheSetUseIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("escaping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in TemplateSet.required {
            try "<p>{{title}}|{{{title}}}</p>".write(to: folder.appendingPathComponent("\(name).mustache"), atomically: true, encoding: .utf8)
        }
        let set = try TemplateSet.load(from: folder)
        struct View { let title: String }
        #expect(set.render(View(title: "a < b & «c»"), "front") == "<p>a &lt; b &amp; «c»|a < b & «c»</p>")
    }
}
