/// Lookups in lists kept in path order (entries, sources, recommendations), by binary search.
enum PathOrder {
    /// The items whose path is one of `paths` (sorted), in path order.
    static func items<Item>(in list: [Item], at paths: [String], path: (Item) -> String) -> [Item] {
        var found: [Item] = []
        for wanted in paths {
            var index = firstIndex(in: list, notBefore: wanted, path: path)
            while index < list.endIndex, path(list[index]) == wanted {
                found.append(list[index])
                index += 1
            }
        }
        return found
    }

    /// The first position whose path is not before `wanted`.
    static func firstIndex<Item>(in list: [Item], notBefore wanted: String, path: (Item) -> String) -> Int {
        var (low, high) = (list.startIndex, list.endIndex)
        while low < high {
            let middle = (low + high) / 2
            if path(list[middle]) < wanted { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
