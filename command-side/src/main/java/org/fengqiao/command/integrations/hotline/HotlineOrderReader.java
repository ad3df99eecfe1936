package org.fengqiao.command.integrations.hotline;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.fengqiao.cases.risk.RiskLevel;
import org.fengqiao.cases.value.Category;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.command.integrations.hotline.HotlineProperties.City;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * Reads a city's work order into a {@link HotlineOrder} through the city's field map and code tables, refusing it
 * before anything is recorded: a missing or unreadable field is 400 naming the city's field; an area code with no
 * grid is 422 {@code UNKNOWN_AREA_CODE}, a unit with no handling unit 422 {@code UNKNOWN_HOTLINE_UNIT}, each naming
 * the code. Fields are read as {@link HotlineFields} reads them.
 */
final class HotlineOrderReader {

    /** A work order's due date lies within a year of its dispatch (its limit is counted day by day). */
    static final int MAX_DAYS = 366;
    static final int MAX_UNITS = 100;

    private final City city;
    private final JurisdictionTree tree;
    private final ZoneId zone;

    HotlineOrderReader(City city, JurisdictionTree tree, ZoneId zone) {
        this.city = city;
        this.tree = tree;
        this.zone = zone;
    }

    HotlineOrder read(JsonNode order, Instant now) {
        HotlineFields fields = new HotlineFields(city, zone, order, "A work order");
        String areaCode = fields.required("area-code");
        String urgency = fields.text("urgency");
        Instant dispatchedAt = fields.time("dispatched-at");
        Instant dispatched = dispatchedAt == null ? now : dispatchedAt;
        fields.required("due-date");
        LocalDate dueDate = fields.date("due-date");
        if (dueDate.isBefore(LocalDate.ofInstant(dispatched, zone))) {
            // refused here, not by the case after the intake: an order is registered whole or not at all
            throw HotlineOrderRejected.invalid(city.key("due-date"), city.key("due-date")
                    + " lies before the dispatch.");
        }
        if (dueDate.isAfter(LocalDate.ofInstant(dispatched, zone).plusDays(MAX_DAYS))) {
            throw HotlineOrderRejected.invalid(city.key("due-date"), city.key("due-date") + " lies at most "
                    + MAX_DAYS + " days after the dispatch.");
        }
        UnitCode lead = unit(fields.text("lead-unit"), "lead-unit");
        List<UnitCode> assisting = assistingUnits(fields);
        if (lead == null ? !assisting.isEmpty() : assisting.contains(lead)) {
            throw HotlineOrderRejected.invalid(city.key("assisting-units"), city.key("assisting-units")
                    + " names units other than the lead unit, which the order names first.");
        }
        return new HotlineOrder(fields.required("order-no"), fields.required("title"), fields.required("content"),
                fields.text("caller-name"), fields.text("caller-phone"), fields.text("address"), grid(areaCode),
                category(fields.text("request-type")), riskLevel(urgency), urgency, dispatched, dueDate, lead,
                assisting);
    }

    private NodeCode grid(String areaCode) {
        String grid = city.areas().get(areaCode);
        NodeCode node = null;
        try {
            node = grid == null ? null : new NodeCode(grid);
        } catch (IllegalArgumentException e) {
            node = null;
        }
        if (node == null || tree.pathOfGrid(node).isEmpty()) {
            throw HotlineOrderRejected.unknown("UNKNOWN_AREA_CODE", city.key("area-code"),
                    "The area code " + areaCode + " is not in the hotline's area table (no grid is mapped to it).");
        }
        return node;
    }

    private Category category(String requestType) {
        String code = requestType == null ? null : city.requestTypes().get(requestType);
        return new Category(code == null ? city.defaultCategory() : code);
    }

    private RiskLevel riskLevel(String urgency) {
        String level = urgency == null ? null : city.urgencies().get(urgency);
        return level == null || level.equalsIgnoreCase(RiskLevel.LOW.name()) ? RiskLevel.LOW : RiskLevel.MEDIUM;
    }

    /** The city's unit code as our handling unit: mapped, or one of our own codes; none when absent. */
    private UnitCode unit(String code, String field) {
        if (code == null) {
            return null;
        }
        String mapped = city.units().getOrDefault(code, code);
        try {
            UnitCode unit = new UnitCode(mapped);
            if (tree.unit(unit).isPresent()) {
                return unit;
            }
        } catch (IllegalArgumentException e) {
            // not a unit code of ours either: unknown, as below
        }
        throw HotlineOrderRejected.unknown("UNKNOWN_HOTLINE_UNIT", city.key(field),
                "The unit " + code + " is not in the hotline's unit table (no handling unit is mapped to it).");
    }

    /** A JSON array of codes, or one text of codes separated by commas, semicolons or 、. */
    private List<UnitCode> assistingUnits(HotlineFields fields) {
        JsonNode value = fields.value("assisting-units");
        List<String> codes = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(code -> codes.add(code.asText()));
        } else if (value != null && !value.isNull()) {
            codes.addAll(List.of(value.asText().split("[,，;；、]")));
        }
        if (codes.size() > MAX_UNITS) {
            throw HotlineOrderRejected.invalid(city.key("assisting-units"), city.key("assisting-units")
                    + " names at most " + MAX_UNITS + " units.");
        }
        List<UnitCode> units = new ArrayList<>();
        for (String code : codes) {
            if (!code.isBlank()) {
                units.add(unit(code.strip(), "assisting-units"));
            }
        }
        if (units.stream().distinct().count() != units.size()) {
            throw HotlineOrderRejected.invalid(city.key("assisting-units"), city.key("assisting-units")
                    + " names each unit once.");
        }
        return List.copyOf(units);
    }
}
