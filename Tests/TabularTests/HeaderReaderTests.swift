import Testing

@testable import Tabular

@Suite struct HeaderReaderTests {
    @Test func namesInAnyLanguageAreKeptExactly() throws {
        let path = try Files.write("客户编号,收入, spaced ,\"quoted, name\",\"Ünïcödé \"\"x\"\"\"\n1,2,3,4,5\n")
        let result = try readDataset(path: path)
        #expect(result.dataset.names == ["客户编号", "收入", " spaced ", "quoted, name", "Ünïcödé \"x\""])
        let reader = try CSVReader(path: path)
        #expect(reader.header == result.dataset.names)
    }

    @Test func anEmptyFileHasNoHeader() throws {
        for contents in ["", "\n", "\r\n\n", "\u{FEFF}"] {
            let path = try Files.write(contents)
            let diagnostic = dataDiagnostic { _ = try readDataset(path: path) }
            #expect(diagnostic?.problem == .emptyFile, "\(contents.debugDescription)")
            #expect(diagnostic?.description == "\(path): the file is empty (no header row)")
            #expect(dataDiagnostic { _ = try CSVReader(path: path) }?.problem == .emptyFile)
        }
    }

    @Test func leadingBlankLinesAreSkippedButCounted() throws {
        let path = try Files.write("\n\nid,x\n1,2\n")
        let result = try readDataset(path: path)
        #expect(result.dataset.names == ["id", "x"])
        #expect(result.dataset.rowNumbers == [4])
    }

    @Test func duplicateNamesAreAnErrorNamingThem() throws {
        let path = try Files.write("id,income,age,income\n1,2,3,4\n")
        let diagnostic = dataDiagnostic { _ = try readDataset(path: path) }
        #expect(diagnostic?.problem == .duplicateColumnName(positions: [2, 4]))
        #expect(diagnostic?.column == "income")
        #expect(diagnostic?.row == 1)
        #expect(diagnostic?.description == "\(path): row 1, column 'income': the header names more than one column 'income' (columns 2, 4)")
    }

    @Test func emptyNamesAreAnError() throws {
        let trailing = try Files.write("a,b,\n1,2,3\n")
        #expect(dataDiagnostic { _ = try readDataset(path: trailing) }?.problem == .emptyColumnName(position: 3))
        let index = try Files.write(",a,b\n0,1,2\n")
        let diagnostic = dataDiagnostic { _ = try CSVReader(path: index) }
        #expect(diagnostic?.problem == .emptyColumnName(position: 1))
        #expect(diagnostic?.message.contains("index=False") == true)
    }

    @Test func aBrokenHeaderIsAnError() throws {
        let unterminated = try Files.write("a,\"b\n1,2\n")
        #expect(dataDiagnostic { _ = try readDataset(path: unterminated) }?.problem == .unterminatedQuote)
        let junk = try Files.write("a,\"b\"c\n1,2\n")
        #expect(dataDiagnostic { _ = try readDataset(path: junk) }?.problem == .textAfterClosingQuote)
        let invalid = try Files.write([0x61, 0x2C, 0xFF, 0xFE, 0x0A, 0x31, 0x2C, 0x32, 0x0A])
        let diagnostic = dataDiagnostic { _ = try readDataset(path: invalid) }
        #expect(diagnostic?.problem == .invalidUTF8)
        #expect(diagnostic?.value == "\u{FFFD}\u{FFFD}")
    }

    @Test func aHeaderOnlyFileHasZeroRows() throws {
        for contents in ["a,b\n", "a,b", "a,b\r\n", "a,b\n\n\n"] {
            let path = try Files.write(contents)
            let result = try readDataset(path: path)
            #expect(result.dataset.rowCount == 0)
            #expect(result.dataset.names == ["a", "b"])
            #expect(result.dataset.columns.map(\.count) == [0, 0])
            let chunked = try readByChunks(path, maxRows: 3)
            #expect(chunked.dataset.rowCount == 0)
            #expect(chunked.chunks == 0)
        }
    }
}
