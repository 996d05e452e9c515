import Foundation
import Testing
@testable import VeilederKit

@Suite struct CalendarDateTests {
    /// Today in UTC, as Foundation's Gregorian calendar tells it (asked before and after, in case
    /// the test runs across midnight).
    @Test func todayIsTheUTCDateFoundationGives() throws {
        func foundationToday() -> CalendarDate? {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return CalendarDate(String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!))
        }
        let before = try #require(foundationToday())
        let today = CalendarDate.today()
        let after = try #require(foundationToday())
        #expect(today == before || today == after)
        #expect(CalendarDate(today.description) == today)
    }

    @Test func datesAreReadOnlyAsWrittenAndReal() {
        #expect(CalendarDate("2024-02-29")?.description == "2024-02-29")
        for text in ["2023-02-29", "1900-02-29", "2026-13-01", "2026-04-31", "2026-1-01", "26-01-01", "2026-01-01-", ""] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
        #expect(CalendarDate("2000-02-29") != nil)
    }

    @Test func monthsCountOnlyOnceTheDayIsReached() {
        let start = CalendarDate("2026-01-31")!
        #expect(start.months(until: CalendarDate("2026-02-28")!) == 0)
        #expect(start.months(until: CalendarDate("2026-03-31")!) == 2)
        #expect(start.months(until: CalendarDate("2027-01-30")!) == 11)
    }
}
