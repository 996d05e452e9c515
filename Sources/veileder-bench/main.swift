import Dispatch
import Foundation
import VeilederKit

#if canImport(Glibc)
import Glibc
#endif

/// veileder-bench: builds synthetic knowledge bases shaped like the real one and prints, per size,
/// the median and spread of each stage over several runs, the time `veileder watch` takes to rebuild
/// after one file is saved (`rebuild tekst`: a sentence added to a recommendation; `rebuild tema`:
/// its topic renamed; `rebuild kapittel`: a chapter's title renamed; `rebuild definisjon`: a sentence
/// added to a definition; `rebuild begrep`: a form added to its term, and taken out again; `rebuild ny fil`: a new
/// recommendation; `rebuild fjernet fil`: that new file removed again; `rebuild mal`: the
/// definitions' template changed), and the peak memory. Each size runs in a child process so peak
/// memory is its own.
///
///   swift run -c release veileder-bench                       1,000 and 10,000 entries, 5 runs
///   swift run -c release veileder-bench --sizes 200 --runs 2  what CI runs so the bench cannot rot
///   swift run -c release veileder-bench --content content     the real knowledge base
///   swift run -c release veileder-bench --sizes 1000 --write DIR   only write a synthetic tree
let arguments = CommandLine.arguments
if arguments.contains("--help") || arguments.contains("-h") {
    print("""
    USAGE: veileder-bench [--sizes N,N…] [--runs N] [--rebuilds N] [--content DIR] [--templates DIR] [--write DIR]

    Builds synthetic knowledge bases (default 1000 and 10000 entries) and prints the median and
    spread of each stage over --runs builds (default 5), the time an incremental rebuild takes after
    one recommendation is saved with a sentence added to its text, again with its topic renamed,
    after a chapter's title is renamed, after a sentence is added to a definition and after its
    forms change, after a new recommendation is added and after it is removed, and after a template
    changes, publishing included (as in veileder watch; --rebuilds times each, default --runs),
    with their stages, and the peak memory. --edits tekst,begrep times only those edits.
    Run it in release mode: swift run -c release veileder-bench
    """)
    exit(0)
}
func value(_ flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
}
let runs = Int(value("--runs") ?? "5") ?? 5
let rebuildRuns = Int(value("--rebuilds") ?? "") ?? runs
let templates = URL(fileURLWithPath: value("--templates") ?? "templates", isDirectory: true)

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Where the runs publish. It is kept from one run to the next, as `veileder build` finds the
/// previous site/, so the first run publishes into an empty folder and the others over the last.
let benchOutput = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-bench-site-\(getpid())")

/// One measured build of a content folder: seconds per stage, in process.
func measure(content: URL) throws -> [String: Double] {
    let start = DispatchTime.now().uptimeNanoseconds
    // As `veileder build` does: each page is written as it is rendered, and the folder replaced at the end.
    let staging = try SiteStaging(replacing: benchOutput)
    let result = try Pipeline.build(contentRoot: content, templates: templates, today: CalendarDate("2026-11-22"), writingTo: staging)
    guard result.succeeded else {
        staging.discard()
        let first = result.report.diagnostics.prefix(3).map { "\($0.location) \($0.message)" }
        throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "build failed: \(first) \(result.brokenLinks.prefix(3))"])
    }
    let publishStart = DispatchTime.now().uptimeNanoseconds
    try staging.commit()
    let publish = Double(DispatchTime.now().uptimeNanoseconds - publishStart) / 1e9
    var seconds = Dictionary(uniqueKeysWithValues: result.timings.seconds.map { ($0.key.rawValue, $0.value) })
    seconds["publish"] = publish
    seconds["check-total"] = (seconds["load"] ?? 0) + (seconds["link"] ?? 0) + (seconds["check"] ?? 0)
    seconds["total"] = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    seconds["pages"] = Double(result.pageCount)
    return seconds
}

/// `veileder build` beside this executable, if it is there.
let commandURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("veileder")

/// One whole `veileder build` of a content folder, as an editor runs it: seconds from starting the
/// process to its end, which the stages do not see (starting, reading the templates, ending).
func measureCommand(content: URL) throws -> Double {
    let process = Process()
    process.executableURL = commandURL
    process.arguments = ["build", "--content", content.path, "--templates", templates.path,
                         "--output", benchOutput.path + "-kommando", "--today", "2026-11-22"]
    process.standardOutput = FileHandle.nullDevice
    let start = DispatchTime.now().uptimeNanoseconds
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "veileder build exited \(process.terminationStatus)"])
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The largest peak memory of the `veileder build` processes this process waited for.
func commandPeakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// An edit an editor saves: given the content folder, the file it edits and the run's number, it
/// changes the files and returns the one it changed (relative to the folder).
typealias Edit = (URL, String, Int) throws -> Saved

/// What an edit saved: a content file (relative to the content folder), or a template.
enum Saved {
    case content(String)
    case template
}

/// A change of one file's text, by the run's number.
func rewriting(_ change: @escaping (String, Int) -> String) -> Edit {
    { folder, file, run in
        let url = folder.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8), run).write(to: url, atomically: true, encoding: .utf8)
        return .content(file)
    }
}

/// A sentence added to the body: the front matter, links and mentions stay as they were.
func textEdit(_ folder: URL, _ file: String, _ run: Int) throws -> Saved {
    try rewriting { text, run in text + "\nEndring \(run).\n" }(folder, file, run)
}

/// A front-matter value renamed: the recommendation's topic, which the overview shows, or a
/// chapter's title, which the chapters beside it and its recommendations show.
func renaming(_ key: String) -> Edit {
    rewriting { text, run in
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("\(key): ") }) else { return text }
        let value = lines[index].dropFirst(key.count + 2).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            .replacingOccurrences(of: #" \(endret \d+\)$"#, with: "", options: .regularExpression)
        lines[index] = "\(key): \"\(value) (endret \(run))\""
        return lines.joined(separator: "\n")
    }
}

/// A definition's forms changed: a form added, and taken out again the next run. The term index
/// changes, and the pages that mention the term are rendered again.
func changingForms(_ folder: URL, _ file: String, _ run: Int) throws -> Saved {
    try rewriting { text, run in
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("forms: [") && $0.hasSuffix("]") }) else { return text }
        lines[index] = run % 2 == 1
            ? String(lines[index].dropLast()) + (lines[index] == "forms: []" ? "" : ", ") + "ekstraform\(run)]"
            : lines[index].replacingOccurrences(of: #"(, )?ekstraform\d+"#, with: "", options: .regularExpression)
        return lines.joined(separator: "\n")
    }(folder, file, run)
}

/// Where `addingCopy` puts the run's new file, beside the one it copies.
func copyPath(of file: String, run: Int) -> String {
    (file as NSString).deletingLastPathComponent + "/ny-benk-\(run).md"
}

/// A new file: a copy of the edited one with an id of its own.
func addingCopy(_ folder: URL, _ file: String, _ run: Int) throws -> Saved {
    let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    guard let id = text.components(separatedBy: "\n").first(where: { $0.hasPrefix("id: ") }) else { return .content(file) }
    let copy = copyPath(of: file, run: run)
    try text.replacingOccurrences(of: id, with: "id: ny-benk-\(run)")
        .write(to: folder.appendingPathComponent(copy), atomically: true, encoding: .utf8)
    return .content(copy)
}

/// The file `addingCopy` added in the same run, removed.
func removingCopy(_ folder: URL, _ file: String, _ run: Int) throws -> Saved {
    let copy = copyPath(of: file, run: run)
    try FileManager.default.removeItem(at: folder.appendingPathComponent(copy))
    return .content(copy)
}

/// The definitions' template changed: a comment added at its end, another each run. Only the
/// definitions' pages use it. The bench's templates are a copy beside the content's.
func templateEdit(_ folder: URL, _ file: String, _ run: Int) throws -> Saved {
    let url = folder.deletingLastPathComponent().appendingPathComponent("templates/definition.mustache")
    let text = try String(contentsOf: url, encoding: .utf8)
        .replacingOccurrences(of: #"<!-- endring \d+ -->\n$"#, with: "", options: .regularExpression)
    try (text + "<!-- endring \(run) -->\n").write(to: url, atomically: true, encoding: .utf8)
    return .template
}

/// What the bench saves: a name, the folder of the file it edits, and the edit.
/// `--edits tekst,begrep`: only these edits, for profiling one of them (`fjernet fil` removes what
/// `ny fil` added, so it needs it).
func editsTimed() -> [(name: String, folder: String, edit: Edit)] {
    let chosen = value("--edits").map { Set($0.split(separator: ",").map { "rebuild " + $0 }) }
    return allEdits().filter { chosen?.contains($0.name) ?? true }
}

func allEdits() -> [(name: String, folder: String, edit: Edit)] {
    [("rebuild tekst", "/anbefalinger/", textEdit),
     ("rebuild tema", "/anbefalinger/", renaming("topic")),
     ("rebuild kapittel", "/kapitler/", renaming("title")),
     ("rebuild definisjon", "/definisjoner/", textEdit),
     ("rebuild begrep", "/definisjoner/", changingForms),
     ("rebuild ny fil", "/anbefalinger/", addingCopy),
     ("rebuild fjernet fil", "/anbefalinger/", removingCopy),
     ("rebuild mal", "/definisjoner/", templateEdit)]
}

/// One kind of edit's rebuilds: seconds per stage of each, and the jobs the last one rendered.
struct Rebuilds {
    var stages: [[String: Double]] = []
    var jobs = 0
}

/// What `veileder watch` does after an editor saves one file, on a copy of the content: for each
/// edit, --rebuilds saves of the first file in its folder, each updated and published as watch does.
func measureRebuilds(content: URL) throws -> [Rebuilds] {
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-bench-watch-\(getpid())")
    let copy = workspace.appendingPathComponent("content")
    let templatesCopy = workspace.appendingPathComponent("templates")
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-bench-watch-site-\(getpid())")
    try? FileManager.default.removeItem(at: workspace)
    try? FileManager.default.removeItem(at: site)
    try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: content, to: copy)
    try FileManager.default.copyItem(at: templates, to: templatesCopy)
    defer {
        try? FileManager.default.removeItem(at: workspace)
        try? FileManager.default.removeItem(at: site)
    }
    let build = try IncrementalBuild(contentRoot: copy, templates: templatesCopy, today: CalendarDate("2026-11-22"), strict: false)
    let first = try build.update()
    try SitePublisher.publish(first.site.values.sorted { $0.path < $1.path }, to: site)
    let files = try ContentLoader.contentFiles(under: copy)
    return try editsTimed().map { _, folder, edit in
        var rebuilds = Rebuilds()
        guard let file = files.first(where: { $0.contains(folder) }) else { return rebuilds }
        for run in 1...max(rebuildRuns, 1) {
            let saved = try edit(copy, file, run)
            let start = DispatchTime.now().uptimeNanoseconds
            let update = switch saved {
            case .content(let changed): try build.update(contentFiles: [changed])
            case .template: try build.update(templatesChanged: true)
            }
            guard update.succeeded, !update.renderedEverything else {
                throw NSError(domain: "bench", code: 1, userInfo: [NSLocalizedDescriptionKey: "rebuild after \(saved) failed or rendered everything"])
            }
            let publishStart = DispatchTime.now().uptimeNanoseconds
            try SiteUpdater.apply(changed: update.changed, removed: update.removed, to: site)
            let end = DispatchTime.now().uptimeNanoseconds
            var stage = Dictionary(uniqueKeysWithValues: update.timings.seconds.map { ($0.key.rawValue, $0.value) })
            stage["publish"] = Double(end - publishStart) / 1e9
            stage["total"] = Double(end - start) / 1e9
            rebuilds.stages.append(stage)
            rebuilds.jobs = update.renderedJobs
        }
        return rebuilds
    }
}

/// ` load   0.012 ±0.001 link …`: the median and half the spread of each stage over the samples.
func medians(_ samples: [[String: Double]], of stages: [String]) -> String {
    var line = ""
    for stage in stages {
        let values = samples.compactMap { $0[stage] }.sorted()
        guard !values.isEmpty else { continue }
        let spread = values.last! - values.first!
        line += String(format: " %@ %7.3f ±%.3f", stage, values[values.count / 2], spread / 2)
    }
    return line
}

func child(content: URL, label: String) throws {
    var samples: [[String: Double]] = []
    defer { try? FileManager.default.removeItem(at: benchOutput) }
    for _ in 0..<runs { samples.append(try measure(content: content)) }
    let buildMemory = peakMemoryMB()
    let rebuilds = try measureRebuilds(content: content)
    // Last: the disk is still writing these processes' pages for seconds after, and the rebuilds
    // measured after them came out slower than the previous commit's, and faster without them.
    let hasCommand = FileManager.default.isExecutableFile(atPath: commandURL.path)
    if hasCommand {
        defer { try? FileManager.default.removeItem(atPath: benchOutput.path + "-kommando") }
        for index in samples.indices { samples[index]["kommando"] = try measureCommand(content: content) }
    }
    let stages = ["load", "link", "check", "check-total", "render", "verify", "publish", "total", "kommando"]
    var line = label.padding(toLength: 14, withPad: " ", startingAt: 0) + medians(samples, of: stages)
    line += String(format: "  sider %d  minne %.0f MB (med watch %.0f MB", Int(samples[0]["pages"] ?? 0), buildMemory, peakMemoryMB())
    line += hasCommand ? String(format: ", kommando %.0f MB)", commandPeakMemoryMB()) : ")"
    for (name, rebuild) in zip(editsTimed().map(\.name), rebuilds) where !rebuild.stages.isEmpty {
        line += "\n  " + name.padding(toLength: 19, withPad: " ", startingAt: 0)
            + medians(rebuild.stages, of: ["load", "link", "check", "render", "verify", "publish", "total"])
            + String(format: " (%d jobber, %d ganger)", rebuild.jobs, rebuild.stages.count)
    }
    print(line)
}

do {
    if let path = value("--child-content") {
        try child(content: URL(fileURLWithPath: path, isDirectory: true), label: value("--label") ?? path)
        exit(0)
    }
    if let folder = value("--write") {
        // Writes one synthetic tree and stops: for profiling and for the Hugo comparison.
        let size = Int(value("--sizes") ?? "1000") ?? 1000
        for (path, text) in SyntheticKnowledgeBase.files(entries: size) {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        exit(0)
    }
    var targets: [(label: String, folder: URL, temporary: Bool)] = []
    if let content = value("--content") {
        targets.append(("ekte innhold", URL(fileURLWithPath: content, isDirectory: true), false))
    } else {
        for size in (value("--sizes") ?? "1000,10000").split(separator: ",").compactMap({ Int($0) }) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("veileder-bench-\(size)-\(getpid())")
            try? FileManager.default.removeItem(at: folder)
            var bytes = 0
            for (path, text) in SyntheticKnowledgeBase.files(entries: size) {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
                bytes += text.utf8.count
            }
            print("Laget \(size) syntetiske oppføringer (\(bytes / size) byte i snitt) i \(folder.path)")
            targets.append(("\(size) oppf.", folder, true))
        }
    }
    print("Median av \(runs) kjøringer (± halve spredningen), sekunder per steg:")
    for target in targets {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        fflush(nil)
        process.arguments = ["--child-content", target.folder.path, "--label", target.label, "--runs", "\(runs)",
                             "--rebuilds", "\(rebuildRuns)", "--templates", templates.path] + (value("--edits").map { ["--edits", $0] } ?? [])
        try process.run()
        process.waitUntilExit()
        if target.temporary { try? FileManager.default.removeItem(at: target.folder) }
        guard process.terminationStatus == 0 else { exit(1) }
    }
} catch {
    FileHandle.standardError.write(Data("veileder-bench: \(error)\n".utf8))
    exit(1)
}
