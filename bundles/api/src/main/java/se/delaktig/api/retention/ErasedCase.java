package se.delaktig.api.retention;

/**
 * What one {@link CaseErasure#erase} removed and what it kept as the anonymised statistical extract.
 * Counts only: no ids, so it can be logged.
 *
 * @param invitations         invitation rows deleted
 * @param responses           response rows deleted (children's and staff follow-up forms)
 * @param answers             answer rows deleted
 * @param sessions            portal session rows deleted
 * @param resultRows          rows of the result view deleted (filings, alerts, answering together,
 *                            follow-up links)
 * @param retainedResponses   responses kept in the extract
 * @param retainedInvitations invitations kept in the extract
 */
public record ErasedCase(int invitations, int responses, int answers, int sessions, int resultRows,
        int retainedResponses, int retainedInvitations) {

    /** Nothing erased, nothing kept. */
    public static final ErasedCase NONE = new ErasedCase(0, 0, 0, 0, 0, 0, 0);

    /** @return whether nothing was erased (the case was erased before, or the plugin never held anything of it) */
    public boolean nothing() {
        return invitations + responses + answers + sessions + resultRows == 0;
    }
}
