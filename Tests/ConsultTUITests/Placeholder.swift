import Testing
@testable import ConsultTUI
