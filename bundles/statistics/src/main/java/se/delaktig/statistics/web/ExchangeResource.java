package se.delaktig.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.statistics.exchange.CsvFormat;
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.exchange.ImportException;
import se.delaktig.statistics.exchange.JsonFormat;
import se.delaktig.statistics.pool.PooledFiles;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

/**
 * Against the total ({@code /delaktig/api/statistics/exchange}): export this municipality's
 * suppressed aggregates as {@code delaktig-statistics/1} JSON or CSV (managers who may see the whole
 * municipality, administrators), and import, list and remove other municipalities' files
 * (administrators). An invalid file is refused with 400 and every problem found.
 */
@Component(service = ExchangeResource.class)
@JakartarsResource
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("statistics/exchange")
public class ExchangeResource {
    static final String BASE = StatisticsPage.BASE + "/exchange";
    static final String CSV = "text/csv";

    private final StaffAccess access;
    private final StaffContext staffContext;
    private final StatisticsService statistics;
    private final PooledFiles pool;

    /** Started by DS. */
    @Activate
    public ExchangeResource(@Reference StaffAccess access, @Reference StaffContext staffContext,
                            @Reference StatisticsService statistics, @Reference PooledFiles pool) {
        this.access = access;
        this.staffContext = staffContext;
        this.statistics = statistics;
        this.pool = pool;
    }

    /** @return the published snapshot as JSON */
    @GET
    @Path("export.json")
    @Produces(MediaType.APPLICATION_JSON + ";charset=utf-8")
    public Response exportJson(@Context HttpServletRequest request) {
        ExportDocument document = exportable(request);
        return Response.ok(JsonFormat.write(document)).header("Content-Disposition",
                "attachment; filename=\"delaktig-statistics-" + document.municipalityId() + ".json\"").build();
    }

    /** @return the published snapshot as CSV */
    @GET
    @Path("export.csv")
    @Produces(CSV + ";charset=utf-8")
    public Response exportCsv(@Context HttpServletRequest request) {
        ExportDocument document = exportable(request);
        return Response.ok(CsvFormat.write(document)).header("Content-Disposition",
                "attachment; filename=\"delaktig-statistics-" + document.municipalityId() + ".csv\"").build();
    }

    /** @return the imported files: municipality, name, when, by whom */
    @GET
    @Path("imports")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> imports(@Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        return Map.of("demoFilesInUse", pool.demoInUse(), "files", pool.imported().stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("municipalityId", f.municipalityId());
            row.put("municipalityName", f.municipalityName());
            row.put("importedAt", f.importedAt().toString());
            row.put("importedBy", f.importedBy());
            return row;
        }).toList());
    }

    /** Imports a JSON file. */
    @POST
    @Path("imports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importJson(String body, @Context HttpServletRequest request) {
        Staff staff = access.requireRole(request, StaffRole.ADMINISTRATOR);
        try {
            return stored(JsonFormat.read("file", body == null ? "" : body), staff);
        } catch (ImportException e) {
            return invalid(e);
        }
    }

    /** Imports a CSV file (send the CSRF header {@code X-CSRF-Token}, as for every non-JSON post). */
    @POST
    @Path("imports")
    @Consumes(CSV)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCsv(String body, @Context HttpServletRequest request) {
        Staff staff = access.requireRole(request, StaffRole.ADMINISTRATOR);
        try {
            return stored(CsvFormat.read("file", body == null ? "" : body), staff);
        } catch (ImportException e) {
            return invalid(e);
        }
    }

    /** Removes a municipality's file from the pool. */
    @DELETE
    @Path("imports/{municipality}")
    public Response remove(@PathParam("municipality") String municipality, @Context HttpServletRequest request) {
        access.requireRole(request, StaffRole.ADMINISTRATOR);
        if (!pool.remove(municipality)) {
            throw new WebError(404, "not_found", null);
        }
        return Response.noContent().build();
    }

    private Response stored(ExportDocument document, Staff staff) throws ImportException {
        boolean replaced = pool.store(document, staff.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("municipalityId", document.municipalityId());
        body.put("municipalityName", document.municipalityName());
        body.put("windows", document.windows().size());
        body.put("replaced", replaced);
        return Response.status(replaced ? 200 : 201).entity(body).type(MediaType.APPLICATION_JSON).build();
    }

    private static Response invalid(ImportException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 400);
        body.put("error", "invalid_file");
        body.put("message", "The file was not imported: " + e.problems().size() + " problem(s).");
        body.put("problems", List.copyOf(e.problems()));
        return Response.status(400).entity(body).type(MediaType.APPLICATION_JSON).build();
    }

    private ExportDocument exportable(HttpServletRequest request) {
        Staff staff = access.requireStaff(request);
        if (!mayExport(staffContext, staff)) {
            throw new WebError(403, "forbidden", null);
        }
        return statistics.export();
    }

    /** Administrators, and whoever the host lets see the whole municipality's statistics. */
    static boolean mayExport(StaffContext staffContext, Staff staff) {
        return staff.hasRole(StaffRole.ADMINISTRATOR) || staffContext.maySeeStatistics(staff, null);
    }
}
