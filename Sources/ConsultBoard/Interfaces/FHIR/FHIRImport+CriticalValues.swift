import Foundation

/// Reading critical-value loops back (FHIRExport+CriticalValues writes them): a Task with the board's
/// `critical-value` code, the lab value as `focus`, who reported it as `requester`, the doctor told as `owner`, the
/// action as `output`, and its steps as status moves (received, notified, closed), which it must have: without them
/// nobody is known to have taken the call.
extension FHIRBundleReader {
    static func isCriticalValue(_ task: JSONValue) -> Bool {
        task["code"]?["coding"]?.array?.contains {
            $0["system"]?.string == FHIRExport.system("task") && $0["code"]?.string == FHIRExport.criticalValueCode
        } == true
    }

    func criticalValue(_ resource: JSONValue, path: String, id: String) throws(ImportError) -> CriticalValueTask {
        guard let focus = resource["focus"]?["reference"]?.string, focus.hasPrefix("Observation/") else {
            throw ImportError(path: "\(path).focus", reason: "the lab value called about (Observation/<id>) is required")
        }
        guard let reportedBy = resource["requester"]?["display"]?.string, !reportedBy.isEmpty else {
            throw ImportError(path: "\(path).requester.display", reason: "who reported the critical value is required")
        }
        guard let moves = try moves(of: "Task", id, resource: resource, path: path) else {
            throw ImportError(path: path, reason: "a critical-value Task needs its steps (a Provenance of each version: received, notified, closed): who took the call is not known without them")
        }
        let words = moves.map(\.status)
        guard words == Array(["received", "notified", "closed"].prefix(words.count)), words.count <= 3 else {
            throw ImportError(path: moves.last?.path ?? path, reason: "a critical-value loop is received, then notified, then closed; these steps are \(words.joined(separator: " -> "))")
        }
        guard resource["status"]?.string == FHIRExport.criticalTaskStatuses[moves.count - 1] else {
            throw ImportError(path: "\(path).status", reason: "\(resource["status"]?.string.map { "\"\($0)\"" } ?? "no status") does not agree with its steps (\(words.joined(separator: " -> ")): \(FHIRExport.criticalTaskStatuses[moves.count - 1]))")
        }
        for (earlier, later) in zip(moves, moves.dropFirst()) where later.at < earlier.at {
            throw ImportError(path: "\(later.path).occurredDateTime", reason: "the step \(later.status) is dated before the step \(earlier.status) (\(BoardDate.format(earlier.at)))")
        }
        var task = CriticalValueTask(labID: String(focus.dropFirst("Observation/".count)), reportedBy: reportedBy,
                                     receivedBy: moves[0].by, receivedAt: moves[0].at, readBack: true)
        if moves.count >= 2 {
            guard let doctor = resource["owner"]?["display"]?.string, !doctor.isEmpty else {
                throw ImportError(path: "\(path).owner.display", reason: "the doctor notified is required once the loop is notified")
            }
            task.doctorNotified = doctor
            task.notifiedBy = moves[1].by
            task.notifiedAt = moves[1].at
        }
        if moves.count == 3 {
            guard let action = resource["output"]?.array?.first?["valueString"]?.string, !action.isEmpty else {
                throw ImportError(path: "\(path).output[0].valueString", reason: "the action that closed the loop is required")
            }
            task.action = action
            task.actionBy = moves[2].by
            task.actionAt = moves[2].at
        }
        return task
    }

    /// A patient's critical-value loops with their labs' board ids (`labIDs`, by the bundle's); a loop about a
    /// value that is not one of the patient's labs, or a second loop about one value, is refused.
    static func criticalValues(
        _ part: Part, labIDs: [String: RecordID]
    ) throws(ImportError) -> [CriticalValueTask]? {
        var tasks: [CriticalValueTask] = []
        for (task, path) in part.criticalValues {
            guard let lab = labIDs[task.labID] else {
                throw ImportError(path: "\(path).focus", reason: "Observation/\(task.labID) is not a lab value of this patient in the bundle")
            }
            guard !tasks.contains(where: { $0.labID == lab }) else {
                throw ImportError(path: "\(path).focus", reason: "a second critical-value loop about Observation/\(task.labID): the board keeps one per value")
            }
            var x = task
            x.labID = lab
            tasks.append(x)
        }
        return tasks.isEmpty ? nil : tasks
    }
}
