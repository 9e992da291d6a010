import CreditCLI
import Foundation

exit(CredoCommandLine.main(Array(CommandLine.arguments.dropFirst())))
