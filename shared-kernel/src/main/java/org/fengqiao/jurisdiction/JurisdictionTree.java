package org.fengqiao.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fengqiao.cases.value.JurisdictionPath;
import org.fengqiao.cases.value.Level;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;

/**
 * The jurisdiction tree and its handling units, immutable once read.
 *
 * <p>The file format is one record a line, fields separated by {@code |}; blank lines and lines starting with
 * {@code #} are ignored:
 * <pre>
 * NODE|code|level|parent code (empty at the root)|name
 * UNIT|code|case level (GRID, COMMUNITY, SUB_DISTRICT, DISTRICT)|node code|name[|PROPERTY_COMPANY]
 * </pre>
 * Parents come before their children. There is exactly one sub-district; it is the root, or its parent is the one
 * DISTRICT node at the root, whose units (district bodies a case can be dispatched to: the petition bureau, the urban
 * enforcement bureau, a police station...) handle cases at the DISTRICT level. {@link #root()} is the sub-district
 * either way: the boards and scopes start there.
 */
public final class JurisdictionTree {

    private final Map<NodeCode, JurisdictionNode> nodes;
    private final Map<NodeCode, List<JurisdictionNode>> children;
    private final Map<UnitCode, HandlingUnit> units;
    private final JurisdictionNode root;
    private final JurisdictionNode district;

    private JurisdictionTree(Map<NodeCode, JurisdictionNode> nodes, Map<UnitCode, HandlingUnit> units) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.units = Collections.unmodifiableMap(units);
        Map<NodeCode, List<JurisdictionNode>> byParent = new LinkedHashMap<>();
        JurisdictionNode top = null;
        JurisdictionNode above = null;
        for (JurisdictionNode node : nodes.values()) {
            if (node.level() == NodeLevel.SUB_DISTRICT) {
                top = node;
            } else if (node.level() == NodeLevel.DISTRICT) {
                above = node;
            }
            if (node.parent() != null) {
                byParent.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
            }
        }
        byParent.replaceAll((parent, list) -> List.copyOf(list));
        this.children = Collections.unmodifiableMap(byParent);
        this.root = top;
        this.district = above;
    }

    /** Reads a tree; a malformed file fails with the line number, so a bad deployment stops at start. */
    public static JurisdictionTree read(Reader source) throws IOException {
        Map<NodeCode, JurisdictionNode> nodes = new LinkedHashMap<>();
        Map<UnitCode, HandlingUnit> units = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                readLine(trimmed, nodes, units);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("jurisdiction data, line " + number + ": " + e.getMessage(), e);
            }
        }
        requireOneSubDistrictRoot(nodes);
        return new JurisdictionTree(nodes, units);
    }

    private static void requireOneSubDistrictRoot(Map<NodeCode, JurisdictionNode> nodes) {
        List<JurisdictionNode> roots = nodes.values().stream().filter(n -> n.parent() == null).toList();
        List<JurisdictionNode> subDistricts = nodes.values().stream().filter(n -> n.level() == NodeLevel.SUB_DISTRICT).toList();
        boolean shaped = roots.size() == 1 && subDistricts.size() == 1
                && (roots.get(0).level() == NodeLevel.SUB_DISTRICT
                        || roots.get(0).level() == NodeLevel.DISTRICT && roots.get(0).code().equals(subDistricts.get(0).parent()));
        if (!shaped) {
            throw new IllegalArgumentException("jurisdiction data needs exactly one root, a SUB_DISTRICT or the DISTRICT above it");
        }
        if (nodes.values().stream().anyMatch(n -> n.level() == NodeLevel.DISTRICT && n.parent() != null)) {
            throw new IllegalArgumentException("a DISTRICT node is the root");
        }
    }

    private static void readLine(String line, Map<NodeCode, JurisdictionNode> nodes, Map<UnitCode, HandlingUnit> units) {
        String[] f = line.split("\\|", -1);
        boolean propertyCompany = f.length == 6 && f[0].strip().equals("UNIT")
                && f[5].strip().equals("PROPERTY_COMPANY");
        if (f.length != 5 && !propertyCompany) {
            throw new IllegalArgumentException("expected 5 fields separated by | (a unit may add PROPERTY_COMPANY), found "
                    + f.length);
        }
        String name = f[4].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a name is required");
        }
        switch (f[0].strip()) {
            case "NODE" -> {
                NodeCode code = new NodeCode(f[1]);
                NodeLevel level = NodeLevel.valueOf(f[2].strip());
                NodeCode parent = f[3].isBlank() ? null : new NodeCode(f[3]);
                if (parent != null && !nodes.containsKey(parent)) {
                    throw new IllegalArgumentException("parent " + parent + " is not defined before " + code);
                }
                if (nodes.putIfAbsent(code, new JurisdictionNode(code, name, level, parent)) != null) {
                    throw new IllegalArgumentException("node " + code + " is defined twice");
                }
            }
            case "UNIT" -> {
                UnitCode code = new UnitCode(f[1]);
                Level level = Level.valueOf(f[2].strip());
                NodeCode node = new NodeCode(f[3]);
                if (!nodes.containsKey(node)) {
                    throw new IllegalArgumentException("unit " + code + " belongs to unknown node " + node);
                }
                if ((nodes.get(node).level() == NodeLevel.DISTRICT) != (level == Level.DISTRICT)) {
                    throw new IllegalArgumentException("unit " + code + ": the DISTRICT level belongs to the district's units only");
                }
                if (units.putIfAbsent(code, new HandlingUnit(code, name, level, node, propertyCompany)) != null) {
                    throw new IllegalArgumentException("unit " + code + " is defined twice");
                }
            }
            default -> throw new IllegalArgumentException("a line starts with NODE or UNIT");
        }
    }

    /** The sub-district: the top of the case tree, below the district when there is one. */
    public JurisdictionNode root() {
        return root;
    }

    /** The district above the sub-district, when the data names one. */
    public Optional<JurisdictionNode> district() {
        return Optional.ofNullable(district);
    }

    public Optional<JurisdictionNode> node(NodeCode code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public Optional<HandlingUnit> unit(UnitCode code) {
        return Optional.ofNullable(units.get(code));
    }

    public List<JurisdictionNode> children(NodeCode code) {
        return children.getOrDefault(code, List.of());
    }

    public List<HandlingUnit> units() {
        return List.copyOf(units.values());
    }

    public List<JurisdictionNode> nodes() {
        return List.copyOf(nodes.values());
    }

    /** The path of a grid (sub-district, community or village, grid); empty when the code is not a grid. */
    public Optional<JurisdictionPath> pathOfGrid(NodeCode grid) {
        JurisdictionNode node = nodes.get(grid);
        if (node == null || node.level() != NodeLevel.GRID) {
            return Optional.empty();
        }
        JurisdictionNode community = nodes.get(node.parent());
        JurisdictionNode subDistrict = nodes.get(community.parent());
        return Optional.of(new JurisdictionPath(subDistrict.code(), community.code(), node.code()));
    }

    /** The nested view of the tree from the sub-district down, its units, and the district above it (without children). */
    public JurisdictionView view() {
        return new JurisdictionView(List.of(viewOf(root)), units.values().stream()
                .map(u -> new JurisdictionView.Unit(u.code().value(), u.name(), u.level().name(), u.node().value()))
                .toList(), district == null ? null
                        : new JurisdictionView.Node(district.code().value(), district.name(), district.level(), List.of()));
    }

    private JurisdictionView.Node viewOf(JurisdictionNode node) {
        return new JurisdictionView.Node(node.code().value(), node.name(), node.level(),
                children(node.code()).stream().map(this::viewOf).toList());
    }
}
