import Foundation

/// The search page and its index. The index is a script that assigns a global, because browsers refuse
/// `fetch` on `file://`; every address in it is relative to the search page and verified like a link.
struct SearchPage {
    let context: RenderContext

    func page() -> OutputFile {
        let path = SitePaths.search
        return context.page(path: path, title: "Søk", guideline: nil, links: PageLinks(page: path)) { links in
            context.templates.render(SearchView(
                page: links.href(to: path),
                index: links.href(to: SitePaths.searchIndex), script: links.href(to: SitePaths.searchScript),
                glossary: links.href(to: SitePaths.glossary), recommendations: links.href(to: SitePaths.recommendations)), "search")
        }
    }

    struct Document {
        /// Address relative to the search page.
        let u: String
        let t: String
        /// Kind, in words.
        let k: String
        /// Kind, as a code the ranking uses.
        let c: String
        /// Names that count as a match on the title: terms, forms, synonyms, topics.
        let n: [String]
        let x: String
        /// The words of the text, lower-case, each once; written sorted.
        let w: DistinctWords

        /// The bytes `JSONValue` writes for the document, keys in byte order, with the words written
        /// from their buffer: a boxed `JSONValue` and a `String` per word were most of the index's time.
        var json: [UInt8] {
            let members: [(key: String, write: (inout [UInt8]) -> Void)] = [
                ("c", { JSONValue.writeString(c, into: &$0) }),
                ("k", { JSONValue.writeString(k, into: &$0) }),
                ("n", { output in
                    JSONValue.writeContainer(open: 0x5B, close: 0x5D, count: n.count, into: &output, pretty: false, depth: 0) {
                        JSONValue.writeString(n[$0], into: &$1)
                    }
                }),
                ("t", { JSONValue.writeString(t, into: &$0) }),
                ("u", { JSONValue.writeString(u, into: &$0) }),
                ("w", { w.writeSortedJSON(into: &$0) }),
                ("x", { JSONValue.writeString(x, into: &$0) }),
            ]
            var output: [UInt8] = []
            output.reserveCapacity(u.utf8.count + t.utf8.count + x.utf8.count + w.byteCount * 5 / 4 + 64)
            JSONValue.writeContainer(open: 0x7B, close: 0x7D, count: members.count, into: &output, pretty: false, depth: 0) {
                JSONValue.writeString(members[$0].key, into: &$1)
                $1.append(0x3A)
                members[$0].write(&$1)
            }
            return output
        }
    }

    /// The index: a document per entry and guideline, made and encoded on all cores, sorted by address.
    func index() -> OutputFile {
        let kb = context.knowledgeBase
        let fromEntries = context.pieces(.searchDocument, kb.entries.filter(\.isPublished)) { entry -> (address: String, json: [UInt8], links: [InternalLink]) in
            let links = PageLinks(page: SitePaths.search)
            let document = document(for: entry, links: links)
            return (document.u, document.json, links.links)
        }
        let links = PageLinks(page: SitePaths.search)
        let fromGuidelines = kb.guidelines.map { guideline in
            let document = Document(
                u: links.href(to: SitePaths.guideline(guideline.id)), t: guideline.title, k: "Retningslinje", c: "guideline",
                n: [guideline.shortTitle], x: guideline.statusNote,
                w: SearchPage.distinctWords(in: "\(guideline.title) \(guideline.statusNote)"))
            return (address: document.u, json: document.json)
        }
        let documents = (fromEntries.map { ($0.address, $0.json) } + fromGuidelines).sorted {
            $0.0 != $1.0 ? $0.0 < $1.0 : $0.1.lexicographicallyPrecedes($1.1)
        }
        // The documents are kept pieces: written as segments, with the commas between them.
        var segments = [Array("// Søkeindeks, laget av veileder build.\nwindow.VEILEDER_SOKEINDEKS = [".utf8)]
        segments.reserveCapacity(documents.count * 2 + 1)
        for (index, document) in documents.enumerated() {
            if index > 0 { segments.append(SearchPage.comma) }
            segments.append(document.1)
        }
        segments.append(Array("];\n".utf8))
        return OutputFile(path: SitePaths.searchIndex, segments: segments, linkGroups: fromEntries.map(\.links) + [links.links])
    }

    /// One array for every comma between documents, so that the segments of two renders compare by storage.
    private static let comma: [UInt8] = [0x2C]

    private func document(for entry: Entry, links: PageLinks) -> Document {
        // The paragraphs linking found, rather than a parse of its own: a body's placeholders are left
        // out, and its pipe tables are an error that stops the build before it comes here.
        let paragraphs = context.knowledgeBase.scan(of: entry)?.paragraphs(of: entry.body) ?? []
        let text = paragraphs.map(\.text).joined(separator: " ")
        var names: [String] = []
        switch entry.content {
        case .definition(let definition): names = definition.phrases
        case .recommendation(let recommendation): names = [recommendation.topic]
        case .questionnaire(let questionnaire): names = [questionnaire.title] + questionnaire.items.map(\.text)
        case .chapter(let chapter): names = chapter.sections.map(\.title)
        case .category(let category): names = [category.name]
        case .brochure(let section): names = [section.question]
        case .article(let article): names = article.title == "ikke-oppgitt" ? [] : [article.title]
        }
        return Document(
            u: links.href(to: entry), t: entry.displayTitle, k: entry.kind.label.capitalizedFirst, c: entry.kind.rawValue,
            n: names, x: String(text.prefix(220)), w: SearchPage.distinctWords(in: text))
    }

    /// The distinct words of a text, lower-case; `sorted()` gives `Set(words.map { $0.lowercased() }).sorted()`.
    /// Read on bytes, so that no `String` is made for a word that is written straight to the index.
    static func distinctWords(in text: String) -> DistinctWords {
        var text = text
        return text.withUTF8 { bytes in
            var distinct = DistinctWords()
            for span in TermIndex.wordSpans(in: bytes) { distinct.insert(UnsafeBufferPointer(rebasing: bytes[span])) }
            return distinct
        }
    }
}

/// Lower-cased words kept once each, in one buffer, found again by an FNV hash of their bytes.
struct DistinctWords {
    private var storage: [UInt8] = []
    private var words: [(bytes: Range<Int>, hash: UInt64)] = []
    /// Open addressing: an index into `words`, or -1.
    private var slots = [Int32](repeating: -1, count: 256)
    /// Sorting by bytes is sorting by scalars, which is `String`'s order when every word is NFC.
    /// Content is NFC once loaded, and lower-casing Norwegian keeps it so; any word that may not be
    /// NFC sends the sorting to `String`.
    private var allNFC = true

    /// The word is lower-cased where it lands, at the end of the buffer, and taken back off if it
    /// was there already: no buffer of its own, and one copy of its bytes.
    mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        let start = storage.count
        storage.append(contentsOf: word)
        let isLatin1 = storage.withUnsafeMutableBufferPointer {
            DistinctWords.lowerLatin1(inPlace: UnsafeMutableBufferPointer(rebasing: $0[start...]))
        }
        if !isLatin1 {
            storage.removeLast(storage.count - start)
            let text = String(decoding: word, as: UTF8.self).lowercased()
            if allNFC, !SourceDecoder.isNFCQuickCheck(text) { allNFC = false }
            storage.append(contentsOf: text.utf8)
        }
        let bytes = start..<storage.count
        let (hash, slot, found) = storage.withUnsafeBufferPointer { storage in
            let lowered = UnsafeBufferPointer(rebasing: storage[bytes])
            let hash = FNV1a.hash(lowered)
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 {
                let existing = words[Int(slots[slot])]
                if existing.hash == hash, existing.bytes.count == bytes.count,
                   memcmp(storage.baseAddress! + existing.bytes.lowerBound, storage.baseAddress! + bytes.lowerBound, bytes.count) == 0 {
                    return (hash, slot, true)
                }
                slot = (slot + 1) & (slots.count - 1)
            }
            return (hash, slot, false)
        }
        guard !found else {
            storage.removeLast(bytes.count)
            return
        }
        slots[slot] = Int32(words.count)
        words.append((bytes, hash))
        if words.count * 2 > slots.count { grow() }
    }

    /// Lower-cases a word of ASCII and Latin-1 (æ, ø, å, é …) on its bytes as `lowercased()` does: A–Z
    /// and À–Þ but × are one case apart, U+0020, and the rest have no other case, so the word keeps
    /// its length. False, with the word partly lowered, at the first scalar beyond U+00FF. Such a
    /// word stays NFC.
    static func lowerLatin1(inPlace word: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < word.count {
            let byte = word[index]
            if byte < 0x80 {
                if byte &- 0x41 < 26 { word[index] = byte | 0x20 }
                index += 1
                continue
            }
            // U+0080–U+00FF are C2 or C3 and one continuation byte; U+00C0–U+00DE are C3 80–9E.
            guard byte == 0xC2 || byte == 0xC3, index + 1 < word.count else { return false }
            let next = word[index + 1]
            if byte == 0xC3, next <= 0x9E, next != 0x97 { word[index + 1] = next + 0x20 }
            index += 2
        }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (index, word) in words.enumerated() {
            var slot = Int(truncatingIfNeeded: word.hash) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(index)
        }
    }

    /// The bytes of the words together.
    var byteCount: Int { storage.count }

    func sorted() -> [String] {
        storage.withUnsafeBufferPointer { storage in
            sortedIndices(storage).map { String(decoding: UnsafeBufferPointer(rebasing: storage[words[$0].bytes]), as: UTF8.self) }
        }
    }

    /// The sorted words as a JSON list, as `JSONValue.strings(sorted())` writes it.
    func writeSortedJSON(into output: inout [UInt8]) {
        storage.withUnsafeBufferPointer { storage in
            let order = sortedIndices(storage)
            JSONValue.writeContainer(open: 0x5B, close: 0x5D, count: order.count, into: &output, pretty: false, depth: 0) {
                JSONValue.writeString(utf8: UnsafeBufferPointer(rebasing: storage[words[order[$0]].bytes]), into: &$1)
            }
        }
    }

    private func sortedIndices(_ storage: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard allNFC else {
            let strings = words.map { String(decoding: UnsafeBufferPointer(rebasing: storage[$0.bytes]), as: UTF8.self) }
            return strings.indices.sorted { strings[$0] < strings[$1] }
        }
        // A word's first eight bytes as one number, zeros after a shorter word: byte order is the
        // numbers' order, and most comparisons end there.
        let prefixes = words.map { word in
            var prefix: UInt64 = 0
            for offset in 0..<8 {
                let byte = offset < word.bytes.count ? storage[word.bytes.lowerBound + offset] : 0
                prefix = prefix << 8 | UInt64(byte)
            }
            return prefix
        }
        return words.indices.sorted { a, b in
            if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
            let left = words[a].bytes, right = words[b].bytes
            let common = min(left.count, right.count)
            let order = memcmp(storage.baseAddress! + left.lowerBound, storage.baseAddress! + right.lowerBound, common)
            return order != 0 ? order < 0 : left.count < right.count
        }
    }
}

struct SearchView {
    let page: String
    let index: String
    let script: String
    let glossary: String
    let recommendations: String
}
