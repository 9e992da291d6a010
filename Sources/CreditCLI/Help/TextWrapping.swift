/// Word wrapping for help text.
enum TextWrapping {
    /// Breaks `text` into lines of at most `width` characters at spaces. Runs of spaces count as
    /// one; a word longer than `width` stands alone on its line, unbroken.
    /// - Parameter firstLineWidth: the first line's width when it differs (a label precedes it).
    static func lines(_ text: String, width: Int, firstLineWidth: Int? = nil) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let limit = lines.isEmpty ? (firstLineWidth ?? width) : width
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Wraps `text` and indents it: the first line after `firstLinePrefix`, the others after
    /// `indent` spaces, all within `width` columns. Returns the lines joined by newlines.
    static func hanging(_ text: String, firstLinePrefix: String, indent: Int, width: Int) -> String {
        let wrapped = lines(text, width: width - indent, firstLineWidth: width - firstLinePrefix.count)
        guard let first = wrapped.first else { return firstLinePrefix.trimmingTrailingSpaces }
        let padding = String(repeating: " ", count: indent)
        return ([firstLinePrefix + first] + wrapped.dropFirst().map { padding + $0 }).joined(separator: "\n")
    }

    /// Formats a discussion: consecutive lines form a paragraph, joined and wrapped; a line that
    /// starts with a space is kept as written (examples); blank lines separate paragraphs.
    static func paragraphs(_ text: String, width: Int) -> String {
        var output: [String] = []
        var paragraph: [Substring] = []
        func endParagraph() {
            if !paragraph.isEmpty {
                output += lines(paragraph.joined(separator: " "), width: width)
                paragraph = []
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " }) {
                endParagraph()
                if output.last?.isEmpty == false { output.append("") }
            } else if line.hasPrefix(" ") {
                endParagraph()
                output.append(String(line))
            } else {
                paragraph.append(line)
            }
        }
        endParagraph()
        while output.last?.isEmpty == true { output.removeLast() }
        return output.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
