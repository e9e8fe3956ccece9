package se.delaktig.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The reference host's audit trail as its administrator sees it on {@code /host/audit}, newest first. */
final class HostAudit {

    /** One row: who (name and id, or the plugin's id), the case, the action. */
    record Entry(String who, String caseId, String action) { }

    private static final Pattern ROW = Pattern.compile(
            "<tr>\\s*<th scope=\"row\">[^<]*</th>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>");
    /** Pages of 100 rows each; the entries a test looks for are among the newest. */
    private static final int PAGES = 5;

    /** @param admin a session signed in as an administrator @return the actions recorded on the case, newest first */
    static List<String> actions(HttpClientSession admin, String caseId) {
        return entries(admin, caseId).stream().map(Entry::action).toList();
    }

    static List<Entry> entries(HttpClientSession admin, String caseId) {
        List<Entry> found = new ArrayList<>();
        for (int page = 1; page <= PAGES; page++) {
            HttpClientSession.Response r = admin.get("/host/audit?page=" + page);
            if (r.status() != 200) {
                throw new AssertionError("the audit page answered " + r.status() + ": " + r.body());
            }
            Matcher m = ROW.matcher(r.body());
            boolean any = false;
            while (m.find()) {
                any = true;
                if (m.group(2).strip().equals(caseId)) {
                    found.add(new Entry(m.group(1).strip(), caseId, m.group(3).strip()));
                }
            }
            if (!any) {
                break;
            }
        }
        return found;
    }

    private HostAudit() {
    }
}
