import Testing

@testable import Tabular

@Suite struct SchemaInferenceTests {
    private let file = """
        id,income,grade,comment,empty,code
        C001,1200.5,A,first one,,01
        C002,NA,B,"second, with comma",NA,02
        C003, 3e3 ,A,third,,03
        C004,"4",,fourth,,x

        """

    @Test func infersKindsFromTheSample() throws {
        let path = try Files.write(file)
        let schema = try readDataset(path: path).schema
        #expect(schema.fields.map(\.kind) == [.categorical, .numeric, .categorical, .categorical, .numeric, .categorical])
        #expect(schema.fields.map(\.position) == [0, 1, 2, 3, 4, 5])
        #expect(schema.fields.allSatisfy { !$0.isDeclared })
        #expect(try CSVReader(path: path).schema == schema)
    }

    @Test func manyDistinctValuesMakeText() throws {
        var text = "id,segment\n"
        for i in 0..<40 { text += "ID\(i),\(["retail", "sme", "corporate"][i % 3])\n" }
        let path = try Files.write(text)
        let schema = try readDataset(path: path).schema
        #expect(schema.fields.map(\.kind) == [.text, .categorical])
        var options = CSVOptions()
        options.maxInferredLevels = 2
        #expect(try readDataset(path: path, options: options).schema.fields.map(\.kind) == [.text, .text])
    }

    @Test func declaredKindsWinAndSelectionKeepsRequestedOrder() throws {
        let path = try Files.write(file)
        let request = ColumnRequest(columns: ["code", "id", "income"], kinds: ["id": .text, "code": .categorical])
        let result = try readDataset(path: path, request: request)
        #expect(result.schema.names == ["code", "id", "income"])
        #expect(result.schema.fields.map(\.kind) == [.categorical, .text, .numeric])
        #expect(result.schema.fields.map(\.isDeclared) == [true, true, false])
        #expect(result.schema.fields.map(\.position) == [5, 0, 1])
        #expect(texts(result.dataset, "id") == ["C001", "C002", "C003", "C004"])
    }

    @Test func theSampleIsLimitedByRows() throws {
        // The first two rows are numbers; the third is not. With a sample of two rows the column
        // is numeric and the third row is reported; with three it is categorical.
        let path = try Files.write("x\n1\n2\nabc\n")
        var options = CSVOptions()
        options.inferenceSampleRows = 2
        let narrow = try readDataset(path: path, options: options)
        #expect(narrow.schema.fields[0].kind == .numeric)
        #expect(narrow.diagnostics.map(\.problem) == [.notANumber])
        #expect(narrow.diagnostics.first?.row == 4)
        #expect(try readDataset(path: path).schema.fields[0].kind == .categorical)
    }

    @Test func theSampleIsLimitedByBytesButHoldsOneRecord() throws {
        let path = try Files.write("x\n1\nabc\n")
        var options = CSVOptions()
        options.inferenceSampleBytes = 1
        #expect(try readDataset(path: path, options: options).schema.fields[0].kind == .numeric)
        #expect(try CSVReader(path: path, request: .all, options: options, bufferSize: 1).schema.fields[0].kind == .numeric)
    }

    @Test func raggedSampleRowsAreNotExamined() throws {
        let path = try Files.write("a,b\nx\n1,2\n")
        let result = try readDataset(path: path)
        #expect(result.schema.fields.map(\.kind) == [.numeric, .numeric])
        #expect(result.diagnostics.map(\.problem) == [.raggedRow(expected: 2, found: 1)])
    }

    @Test func unknownColumnsListTheAvailableOnesAndSuggest() throws {
        let path = try Files.write("id,income,age\n1,2,3\n")
        let diagnostic = dataDiagnostic { _ = try readDataset(path: path, request: ColumnRequest(columns: ["incme"])) }
        #expect(diagnostic?.problem == .unknownColumn(suggestion: "income", available: ["id", "income", "age"]))
        #expect(diagnostic?.description == "\(path): column 'incme': no such column; did you mean 'income'? (the file has 'id', 'income', 'age')")
        let kind = dataDiagnostic { _ = try CSVReader(path: path, request: ColumnRequest(kinds: ["Age": .text])) }
        #expect(kind?.problem == .unknownColumn(suggestion: "age", available: ["id", "income", "age"]))
        let far = dataDiagnostic { _ = try readDataset(path: path, request: ColumnRequest(columns: ["zzzzzz"])) }
        #expect(far?.problem == .unknownColumn(suggestion: nil, available: ["id", "income", "age"]))
    }

    @Test func aColumnRequestedTwiceIsAnError() throws {
        let path = try Files.write("id,income\n1,2\n")
        let diagnostic = dataDiagnostic { _ = try readDataset(path: path, request: ColumnRequest(columns: ["id", "id"])) }
        #expect(diagnostic?.problem == .duplicateRequestedColumn)
        #expect(diagnostic?.column == "id")
    }

    @Test func anEmptySelectionKeepsRowNumbers() throws {
        let path = try Files.write("a,b\n1,2\n3,4\n")
        let result = try readDataset(path: path, request: ColumnRequest(columns: []))
        #expect(result.dataset.columns.isEmpty)
        #expect(result.dataset.rowNumbers == [2, 3])
    }
}
