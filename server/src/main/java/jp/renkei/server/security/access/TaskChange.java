package jp.renkei.server.security.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Task.TaskStatus;

/**
 * The changes the owner of a referral Task may make: move it along (received → accepted / rejected → in-progress →
 * completed, on hold, failed) with a business status and reason, add notes and attach its reply as output. Who asked,
 * for whom, what for and who owns it stay as the requester wrote them, and cancelling is the requester's.
 */
final class TaskChange {

    static final Set<TaskStatus> OWNER_STATUSES = EnumSet.of(TaskStatus.RECEIVED, TaskStatus.ACCEPTED,
            TaskStatus.REJECTED, TaskStatus.INPROGRESS, TaskStatus.ONHOLD, TaskStatus.COMPLETED, TaskStatus.FAILED);

    private TaskChange() {}

    static Optional<String> refusal(Task before, Task after) {
        if (after.getStatus() != before.getStatus() && !OWNER_STATUSES.contains(after.getStatus())) {
            return Optional.of("The owner may set a Task's status to " + OWNER_STATUSES.stream()
                    .map(TaskStatus::toCode).sorted().toList() + ", not " + code(after.getStatus()));
        }
        if (!withoutOwnerFields(before).equalsDeep(withoutOwnerFields(after))) {
            return Optional.of("The owner may change only a Task's status, statusReason, businessStatus, note,"
                    + " output, executionPeriod and lastModified");
        }
        return Optional.empty();
    }

    /** The Task without what its owner may change (and without what the server keeps: id, meta, narrative). */
    private static Task withoutOwnerFields(Task task) {
        Task rest = task.copy();
        rest.setIdElement(null);
        rest.setMeta(null);
        rest.setText(null);
        rest.setStatus(null);
        rest.setStatusReason(null);
        rest.setBusinessStatus(null);
        rest.setNote(null);
        rest.setOutput(null);
        rest.setExecutionPeriod(null);
        rest.setLastModifiedElement(null);
        return rest;
    }

    private static String code(TaskStatus status) {
        return status == null ? "none" : status.toCode();
    }
}
