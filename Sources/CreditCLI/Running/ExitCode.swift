/// The status `credo` exits with (sysexits(3) where one fits; see the table in DEVELOPERS.md).
///
/// A command that finishes normally returns `.success`. A command can also `throw` an exit code
/// to end with that status without a message, e.g. a batch command that skipped rows:
/// ```swift
/// if skippedRows > 0 && !strict { throw ExitCode.rowsSkipped }
/// ```
/// Errors that should print a message conform to ``CLIReportableError`` instead.
public enum ExitCode: Int32, Error, CaseIterable, Sendable {
    /// 0: success.
    case success = 0
    /// 1: finished, but some rows were reported and skipped (batch commands without `--strict`).
    case rowsSkipped = 1
    /// 64 (EX_USAGE): unknown option, missing value, value not allowed ...
    case usage = 64
    /// 65 (EX_DATAERR): bad value, ragged row, unterminated quote, degenerate data ...
    case dataError = 65
    /// 66 (EX_NOINPUT): an input file is missing or unreadable.
    case noInput = 66
    /// 70 (EX_SOFTWARE): internal error (a bug in credo).
    case internalError = 70
    /// 73 (EX_CANTCREAT): an output file cannot be created.
    case cannotCreateOutput = 73
    /// 74 (EX_IOERR): an I/O error while reading or writing.
    case ioError = 74
    /// 80: model estimation did not converge.
    case didNotConverge = 80
    /// 81: perfect or quasi-complete separation.
    case separation = 81
    /// 82: collinear or rank-deficient design, or a constant column.
    case rankDeficient = 82
}
