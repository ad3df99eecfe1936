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
import org.fengqiao.cases.common.JurisdictionPath;
import org.fengqiao.cases.common.Level;
import org.fengqiao.cases.common.NodeCode;
import org.fengqiao.cases.common.UnitCode;

/**
 * The jurisdiction tree and its handling units, immutable once read.
 *
 * <p>The file format is one record a line, fields separated by {@code |}; blank lines and lines starting with
 * {@code #} are ignored:
 * <pre>
 * NODE|code|level|parent code (empty at the root)|name
 * UNIT|code|case level (GRID, COMMUNITY, SUB_DISTRICT)|node code|name
 * </pre>
 * Parents come before their children. There is exactly one root, a sub-district.
 */
public final class JurisdictionTree {

    private final Map<NodeCode, JurisdictionNode> nodes;
    private final Map<NodeCode, List<JurisdictionNode>> children;
    private final Map<UnitCode, HandlingUnit> units;
    private final JurisdictionNode root;

    private JurisdictionTree(Map<NodeCode, JurisdictionNode> nodes, Map<UnitCode, HandlingUnit> units) {
        this.nodes = Collections.unmodifiableMap(nodes);
        this.units = Collections.unmodifiableMap(units);
        Map<NodeCode, List<JurisdictionNode>> byParent = new LinkedHashMap<>();
        JurisdictionNode top = null;
        for (JurisdictionNode node : nodes.values()) {
            if (node.parent() == null) {
                top = node;
            } else {
                byParent.computeIfAbsent(node.parent(), p -> new ArrayList<>()).add(node);
            }
        }
        byParent.replaceAll((parent, list) -> List.copyOf(list));
        this.children = Collections.unmodifiableMap(byParent);
        this.root = top;
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
        long roots = nodes.values().stream().filter(n -> n.parent() == null).count();
        if (roots != 1 || nodes.values().stream().noneMatch(n -> n.level() == NodeLevel.SUB_DISTRICT && n.parent() == null)) {
            throw new IllegalArgumentException("jurisdiction data needs exactly one root, a SUB_DISTRICT");
        }
        return new JurisdictionTree(nodes, units);
    }

    private static void readLine(String line, Map<NodeCode, JurisdictionNode> nodes, Map<UnitCode, HandlingUnit> units) {
        String[] f = line.split("\\|", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("expected 5 fields separated by |, found " + f.length);
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
                if (units.putIfAbsent(code, new HandlingUnit(code, name, level, node)) != null) {
                    throw new IllegalArgumentException("unit " + code + " is defined twice");
                }
            }
            default -> throw new IllegalArgumentException("a line starts with NODE or UNIT");
        }
    }

    public JurisdictionNode root() {
        return root;
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

    /** The nested view of the whole tree and its units. */
    public JurisdictionView view() {
        return new JurisdictionView(List.of(viewOf(root)), units.values().stream()
                .map(u -> new JurisdictionView.Unit(u.code().value(), u.name(), u.level().name(), u.node().value()))
                .toList());
    }

    private JurisdictionView.Node viewOf(JurisdictionNode node) {
        return new JurisdictionView.Node(node.code().value(), node.name(), node.level(),
                children(node.code()).stream().map(this::viewOf).toList());
    }
}
