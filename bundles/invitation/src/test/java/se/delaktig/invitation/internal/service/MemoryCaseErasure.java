package se.delaktig.invitation.internal.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.delaktig.api.retention.CaseErasure;
import se.delaktig.api.retention.ErasedCase;
import se.delaktig.api.statistics.RecordedFacts;

/** The store's erasure over the memory repository: deletes the case's invitation rows, remembers each call. */
final class MemoryCaseErasure implements CaseErasure {
    private final MemoryInvitationRepository repository;
    final List<String> erased = new ArrayList<>();
    final List<Function<Instant, Optional<RecordedFacts>>> factsOn = new ArrayList<>();
    RuntimeException failure;

    MemoryCaseErasure(MemoryInvitationRepository repository) {
        this.repository = repository;
    }

    @Override
    public synchronized ErasedCase erase(String caseId, Function<Instant, Optional<RecordedFacts>> facts) {
        erased.add(caseId);
        factsOn.add(facts);
        if (failure != null) {
            throw failure;
        }
        int before = repository.rows.size();
        repository.rows.values().removeIf(r -> r.caseId().equals(caseId));
        int gone = before - repository.rows.size();
        return gone == 0 ? ErasedCase.NONE : new ErasedCase(gone, 0, 0, 0, 0, 0, gone);
    }
}
