import Foundation
import Testing

/// Loads each kind of page with Chromium's network log and asserts that the page requested only
/// `file:` URLs. File loads do not go through the network stack, so any request the page starts is
/// a foreign one; Chromium's own background requests (initiator «not an origin») are set aside.
@Suite(.serialized, .enabled(if: Chromium.shouldRun, "Chromium is not installed: browser tests skipped"))
struct NetworkBrowserTests {
    /// URLs of requests the page initiated, from a net log of loading `url`.
    static func pageRequests(loading url: URL) throws -> [String] {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("netlog-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: log) }
        _ = try Chromium.dumpDOM(url, extraFlags: [
            "--log-net-log=\(log.path)", "--net-log-capture-mode=Default", "--host-resolver-rules=MAP * ~NOTFOUND",
        ])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: log)) as? [String: Any]
        let constants = object?["constants"] as? [String: Any]
        let types = constants?["logEventTypes"] as? [String: Int]
        guard let startJob = types?["URL_REQUEST_START_JOB"], let events = object?["events"] as? [[String: Any]] else {
            throw LogUnreadable()
        }
        return events.compactMap { event in
            guard event["type"] as? Int == startJob, let params = event["params"] as? [String: Any],
                  let url = params["url"] as? String, params["initiator"] as? String != "not an origin" else { return nil }
            return url
        }
    }

    struct LogUnreadable: Error {}

    /// The test can fail: a page that loads a stylesheet and a script from the network is caught.
    @Test func aPageWithRemoteResourcesIsCaught() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("fremmed.html")
        try Data("""
            <!doctype html><html lang="nb"><head><link rel="stylesheet" href="https://cdn.example.org/stil.css">
            <script src="http://example.com/skript.js"></script></head><body><img src="https://bilder.example.net/a.png" alt=""></body></html>
            """.utf8).write(to: page)
        let requests = try Self.pageRequests(loading: page)
        #expect(requests.contains("https://cdn.example.org/stil.css"))
        #expect(requests.contains("http://example.com/skript.js"))
    }

    @Test(arguments: [
        "index.html", "korsrygg/index.html", "anbefalinger/index.html", "anbefalinger/sengeleie-akutt.html",
        "kapitler/diagnostikk.html", "definisjoner/index.html", "definisjoner/isjias.html", "skjema/rode-flagg.html",
        "kategorier/kategori-uspesifikke.html", "brosjyre/index.html", "sok.html", "nakke/index.html",
    ])
    func onlyFileURLsAreRequested(path: String) throws {
        let url = BuiltSite.url(path, query: path == "sok.html" ? "q=isjias" : nil)
        let foreign = try Self.pageRequests(loading: url).filter { !$0.hasPrefix("file:") && !$0.hasPrefix("data:") }
        #expect(foreign.isEmpty, "\(path) requested \(foreign)")
    }
}
