import ArgumentParser

/// `consult-board critical ...`: the critical-value (危急值) loop: the list and register, and the steps that
/// close each value's loop (receive with read-back, notify the doctor, record the action).
struct CriticalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "critical",
        abstract: "Critical values (危急值): list, register, and closing the loop.",
        discussion: """
            A value at or beyond a critical limit of the ward's reference ranges opens a critical-value task. It \
            stays on the board's header and the patient's Overview until closed:
              consult-board critical receive L-12 --reported-by "lab: Li" --read-back
              consult-board critical notify L-12 --doctor dr.wang
              consult-board critical close L-12 --action "calcium gluconate, insulin-dextrose, repeat K in 2 h"
            """,
        subcommands: [
            CriticalListCommand.self, CriticalReceiveCommand.self, CriticalNotifyCommand.self, CriticalCloseCommand.self,
            CriticalRegisterCommand.self,
        ],
        defaultSubcommand: CriticalListCommand.self)
}
