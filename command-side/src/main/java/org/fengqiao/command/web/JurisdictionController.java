package org.fengqiao.command.web;

import org.fengqiao.jurisdiction.JurisdictionTree;
import org.fengqiao.jurisdiction.JurisdictionView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The jurisdiction tree and its handling units, so that clients can offer grids and units to choose from. */
@RestController
public class JurisdictionController {

    private final JurisdictionTree tree;

    JurisdictionController(JurisdictionTree tree) {
        this.tree = tree;
    }

    @GetMapping("/api/jurisdictions")
    public JurisdictionView tree() {
        return tree.view();
    }
}
