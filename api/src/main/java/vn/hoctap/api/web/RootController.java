package vn.hoctap.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends a browser opening the service's address to the admin page. */
@Controller
class RootController {

    @GetMapping({"/", "/admin", "/admin/"})
    String root() {
        return "redirect:/admin/index.html";
    }
}
