import Foundation
import Testing
@testable import VeilederKit

@Suite struct SitePublisherTests {
    func files(_ text: String) -> [OutputFile] {
        [OutputFile(path: "index.html", bytes: Array(text.utf8)), OutputFile(path: "a/b.html", bytes: Array("b".utf8))]
    }

    func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in SitePublisher.listFiles(in: folder) {
            result[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return result
    }

    @Test func publishingReplacesThePreviousSiteAndLeavesNoStagingFolder() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try SitePublisher.publish(files("første"), to: site)
        try SitePublisher.publish(files("andre"), to: site)
        #expect(String(decoding: FileManager.default.contents(atPath: site.appendingPathComponent("index.html").path)!, as: UTF8.self) == "andre")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(SitePublisher.markerName).path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func anUnchangedFileIsTakenOverFromThePreviousSiteAndAChangedOneIsWritten() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        func inode(_ path: String) throws -> Int {
            try #require(FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.systemFileNumber] as? Int)
        }
        try SitePublisher.publish(files("første"), to: site)
        let (index, page) = (try inode("index.html"), try inode("a/b.html"))
        // The same length and other bytes: only a comparison of the contents can tell them apart.
        try SitePublisher.publish([OutputFile(path: "index.html", bytes: Array("første".utf8)), OutputFile(path: "a/b.html", bytes: Array("c".utf8))], to: site)
        #expect(try inode("index.html") == index)
        #expect(try inode("a/b.html") != page)
        #expect(snapshot(site)["a/b.html"] == Data("c".utf8))
        #expect(snapshot(site)["index.html"] == Data("første".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func aFailureMidwayLeavesThePreviousSiteExactlyAsItWas() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try SitePublisher.publish(files("første"), to: site)
        let before = snapshot(site)
        // «a» is written as a file and then needed as a folder: the write fails halfway through.
        var broken = files("andre")
        broken.insert(OutputFile(path: "a", bytes: [0x61]), at: 1)
        #expect(throws: (any Error).self) { try SitePublisher.publish(broken, to: site) }
        #expect(snapshot(site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    /// `veileder build` writes each page as it is rendered: nothing shows in the site before the
    /// commit, a discarded build leaves no trace, and what is kept of a written file is its links.
    @Test func filesWrittenWhileRenderingAppearOnlyOnCommitAndADiscardLeavesNothing() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try SitePublisher.publish(files("første"), to: site)
        let before = snapshot(site)
        let link = InternalLink(target: "a/b.html", anchor: "x", href: "a/b.html#x")
        let page = OutputFile(path: "index.html", segments: [Array("andre".utf8)], anchors: ["topp"], linkGroups: [[link]])

        let discarded = try SiteStaging(replacing: site)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        let written = try discarded.write(page)
        #expect(written.segments.isEmpty && written.path == "index.html" && written.anchors == ["topp"] && written.links == [link])
        #expect(written.linkedPaths.mayShare(PathBits(["a/b.html"])))
        #expect(snapshot(site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).count == 2)
        discarded.discard()
        #expect(snapshot(site) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])

        let committed = try SiteStaging(replacing: site)
        _ = try committed.write(page)
        _ = try committed.write(OutputFile(path: "c/d/e.html", bytes: Array("e".utf8)))
        #expect(snapshot(site) == before)
        try committed.commit()
        #expect(snapshot(site) == [
            "index.html": Data("andre".utf8), "c/d/e.html": Data("e".utf8), SitePublisher.markerName: Data(SitePublisher.markerText.utf8),
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func aFolderTheToolDidNotMakeIsNeverReplaced() throws {
        let home = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("viktig".utf8).write(to: home.appendingPathComponent("dagbok.txt"))
        #expect(throws: PublishError.self) { try SitePublisher.publish(files("x"), to: home) }
        #expect(throws: PublishError.self) { try SiteStaging(replacing: home) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path) == ["dagbok.txt"])
        #expect(FileManager.default.contents(atPath: home.appendingPathComponent("dagbok.txt").path) == Data("viktig".utf8))
    }

    @Test func leftoversOfACrashedBuildAreCleanedUp() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let leftover = parent.appendingPathComponent(".site-tmp-99999")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try Data().write(to: leftover.appendingPathComponent(SitePublisher.markerName))
        try SitePublisher.publish(files("x"), to: parent.appendingPathComponent("site"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
    }

    @Test func differencesNameChangedMissingAndExtraFiles() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try SitePublisher.publish(files("første"), to: site)
        #expect(SitePublisher.differences(files("første"), comparedWith: site).isEmpty)
        try Data("ekstra".utf8).write(to: site.appendingPathComponent("ekstra.html"))
        var changed = files("andre")
        changed.append(OutputFile(path: "ny.html", bytes: []))
        #expect(SitePublisher.differences(changed, comparedWith: site) == ["endret: index.html", "mangler: ny.html", "overflødig: ekstra.html"])
    }
}

@Suite struct SiteUpdaterTests {
    /// The updater swaps each changed file into place: the new bytes under the name, the old inode
    /// (another link to it here) untouched and no longer in the site, and nothing left beside it.
    @Test func aChangedFileTakesThePlaceOfTheOldOneWhichKeepsItsBytesElsewhere() throws {
        let parent = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        try SitePublisher.publish([OutputFile(path: "data/a.json", bytes: Array("gammel".utf8))], to: site)
        let page = site.appendingPathComponent("data/a.json")
        let otherLink = parent.appendingPathComponent("lenke.json")
        try FileManager.default.linkItem(at: page, to: otherLink)
        try SiteUpdater.apply(changed: [
            OutputFile(path: "data/a.json", segments: [Array("ny ".utf8), Array("tekst".utf8)]),
            OutputFile(path: "data/b.json", bytes: Array("b".utf8)),
        ], removed: [], to: site)
        #expect(String(decoding: try Data(contentsOf: page), as: UTF8.self) == "ny tekst")
        #expect(String(decoding: try Data(contentsOf: otherLink), as: UTF8.self) == "gammel")
        #expect(String(decoding: try Data(contentsOf: site.appendingPathComponent("data/b.json")), as: UTF8.self) == "b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("data").path).sorted() == ["a.json", "b.json"])
        let links = try #require(FileManager.default.attributesOfItem(atPath: otherLink.path)[.referenceCount] as? Int)
        #expect(links == 1)
    }
}
