/// What a read keeps from every record: the header, the resolved schema, and per field position
/// the action and output slot. Built once per read and shared by every parser of that read.
struct ParsePlan: Sendable {
    /// What to do with the field at one position of a record.
    enum Action: UInt8, Sendable {
        case skip, numeric, categorical, text
    }

    /// The action for one field position, its slot among columns of that kind, and its column
    /// index in the schema.
    struct FieldPlan: Sendable {
        var action: Action
        var slot: Int32
        var column: Int32
    }

    let file: String
    let header: [String]
    let schema: Schema
    let options: CSVOptions
    /// One entry per header position.
    let fields: [FieldPlan]
    /// Schema column index of each numeric / categorical / text slot.
    let numericColumns: [Int]
    let categoricalColumns: [Int]
    let textColumns: [Int]

    init(file: String, header: [String], schema: Schema, options: CSVOptions) {
        self.file = file
        self.header = header
        self.schema = schema
        self.options = options
        var fields = Array(repeating: FieldPlan(action: .skip, slot: -1, column: -1), count: header.count)
        var numeric: [Int] = []
        var categorical: [Int] = []
        var text: [Int] = []
        for (index, field) in schema.fields.enumerated() {
            switch field.kind {
            case .numeric:
                fields[field.position] = FieldPlan(action: .numeric, slot: Int32(numeric.count), column: Int32(index))
                numeric.append(index)
            case .categorical:
                fields[field.position] = FieldPlan(action: .categorical, slot: Int32(categorical.count), column: Int32(index))
                categorical.append(index)
            case .text:
                fields[field.position] = FieldPlan(action: .text, slot: Int32(text.count), column: Int32(index))
                text.append(index)
            }
        }
        self.fields = fields
        self.numericColumns = numeric
        self.categoricalColumns = categorical
        self.textColumns = text
    }

    var fieldCount: Int { header.count }
}
