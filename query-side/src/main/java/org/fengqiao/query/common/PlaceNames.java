package org.fengqiao.query.common;

import java.util.Locale;
import org.fengqiao.cases.value.NodeCode;
import org.fengqiao.cases.value.UnitCode;
import org.fengqiao.jurisdiction.HandlingUnit;
import org.fengqiao.jurisdiction.JurisdictionNode;
import org.fengqiao.jurisdiction.JurisdictionTree;

/**
 * The names of nodes and units in the page's language, from the jurisdiction tree ({@link NodeNames}): a page shows
 * 富力社区人民调解委员会 where the API has {@code SH-FL-MEDIATION}. A code the tree does not know is shown as it is.
 */
public record PlaceNames(JurisdictionTree tree, Locale locale) {

    public String unit(Object code) {
        if (code == null) {
            return "";
        }
        try {
            return tree.unit(new UnitCode(code.toString())).map(HandlingUnit::name)
                    .map(name -> NodeNames.of(name, locale)).orElse(code.toString());
        } catch (IllegalArgumentException e) {
            return code.toString();
        }
    }

    public String node(Object code) {
        if (code == null) {
            return "";
        }
        try {
            return tree.node(new NodeCode(code.toString())).map(JurisdictionNode::name)
                    .map(name -> NodeNames.of(name, locale)).orElse(code.toString());
        } catch (IllegalArgumentException e) {
            return code.toString();
        }
    }
}
