// CampaignSite backoffice: culture tabs, live Markdown preview and checks, copy from Chinese, confirmations.
// Everything works without it; it only makes editing quicker.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var token = function (form) {
    var input = (form || document).querySelector('input[name="__RequestVerificationToken"]');
    return input ? input.value : "";
  };

  // Culture tabs: both panels are visible without script.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function select(tab) {
    tabs.forEach(function (t) {
      var on = t === tab;
      t.setAttribute("aria-selected", on ? "true" : "false");
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute("aria-controls")).hidden = !on;
    });
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () { select(tab); });
    tab.addEventListener("keydown", function (e) {
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      var next = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length];
      select(next); next.focus();
    });
  });
  if (tabs.length) {
    var invalid = document.querySelector('[role="tabpanel"] .field-error');
    select(invalid ? document.getElementById(invalid.closest('[role="tabpanel"]').getAttribute("aria-labelledby")) : tabs[0]);
  }

  // Live preview, rendered by the site's own Markdown pipeline. On the document form one request
  // sends the whole form and brings back every preview and the editorial checks' findings, shown
  // next to their fields as the user types.
  var docForm = document.querySelector("form[data-checks]");
  function showFindings(findings) {
    Array.prototype.forEach.call(docForm.querySelectorAll(".check-findings"), function (list) { list.remove(); });
    var summary = document.getElementById("check-findings");
    summary.textContent = "";
    var errors = findings.filter(function (f) { return f.severity === "error"; }).length;
    if (findings.length) {
      var p = document.createElement("p");
      p.className = errors ? "notice notice-error" : "notice";
      p.textContent = "Checks: " + errors + " error(s), " + (findings.length - errors) + " warning(s). Errors must be corrected before publishing.";
      summary.appendChild(p);
    }
    findings.forEach(function (f) {
      var input = docForm.querySelector('[name="' + f.input + '"]');
      var field = input ? input.closest(".field") : null;
      var host = field || summary;
      var list = host.querySelector(":scope > .check-findings");
      if (!list) { list = document.createElement("ul"); list.className = "check-findings"; host.appendChild(list); }
      var item = document.createElement("li");
      item.className = "finding finding-" + f.severity;
      item.textContent = (f.severity === "error" ? "Error" : "Warning") + " (" + f.rule + (f.line ? ", line " + f.line : "") + (field ? "" : ", " + f.input) + "): " + f.message;
      list.appendChild(item);
    });
  }
  if (docForm) {
    var timer = null;
    var check = function () {
      var data = new FormData(docForm);
      fetch(docForm.getAttribute("data-checks"), { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (answer) {
          Object.keys(answer.previews).forEach(function (name) {
            var area = docForm.querySelector('textarea[name="' + name + '"]');
            if (area) document.getElementById(area.getAttribute("data-preview")).innerHTML = answer.previews[name];
          });
          showFindings(answer.findings);
        })
        .catch(function () {
          Array.prototype.forEach.call(docForm.querySelectorAll("textarea.markdown"), function (area) {
            document.getElementById(area.getAttribute("data-preview")).textContent = "The preview is not available right now.";
          });
        });
    };
    docForm.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 400); });
    docForm.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(check, 400); });
    check();
  } else Array.prototype.forEach.call(document.querySelectorAll("textarea.markdown"), function (area) {
    var target = document.getElementById(area.getAttribute("data-preview"));
    var timer = null, form = area.form;
    function render() {
      var data = new FormData();
      data.append("markdown", area.value);
      data.append("__RequestVerificationToken", token(form));
      fetch("/backoffice/markdown", { method: "POST", body: data, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) { target.innerHTML = html; })
        .catch(function () { target.textContent = "The preview is not available right now."; });
    }
    area.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(render, 300); });
    render();
  });

  // Copy from Chinese: fills empty English inputs with the Chinese values to translate.
  var copy = document.getElementById("copy-zh");
  if (copy) copy.addEventListener("click", function () {
    Array.prototype.forEach.call(document.querySelectorAll('#panel-en [name^="en."]'), function (en) {
      var zh = document.querySelector('[name="zh-CN.' + en.name.slice(3) + '"]');
      if (!zh || en.type === "checkbox") return;
      if (en.tagName === "SELECT" && en.multiple) {
        var chosen = Array.prototype.map.call(zh.selectedOptions, function (o) { return o.value; });
        Array.prototype.forEach.call(en.options, function (o) { if (!en.selectedOptions.length) o.selected = chosen.indexOf(o.value) >= 0; });
      } else if (!en.value) {
        en.value = zh.value;
        en.dispatchEvent(new Event("input"));
      }
    });
  });

  // Focal point: the mark stands at the stored fractions; a click on the image sets them and moves it.
  // (Placed from script, not a style attribute: the Content-Security-Policy allows no inline style.)
  Array.prototype.forEach.call(document.querySelectorAll(".focal-picker"), function (picker) {
    var image = picker.querySelector("img"), mark = picker.querySelector(".focal-mark");
    var x = document.getElementById(picker.getAttribute("data-focal-x")), y = document.getElementById(picker.getAttribute("data-focal-y"));
    function place(fx, fy) { mark.style.left = (fx * 100) + "%"; mark.style.top = (fy * 100) + "%"; }
    var stored = [parseFloat(x.value), parseFloat(y.value)].map(function (f) { return isNaN(f) ? 0.5 : f; });
    place(stored[0], stored[1]);
    image.addEventListener("click", function (e) {
      var box = image.getBoundingClientRect();
      var fx = Math.min(1, Math.max(0, (e.clientX - box.left) / box.width)), fy = Math.min(1, Math.max(0, (e.clientY - box.top) / box.height));
      x.value = fx.toFixed(2); y.value = fy.toFixed(2);
      place(fx, fy);
    });
  });

  // The review sheet's print button.
  Array.prototype.forEach.call(document.querySelectorAll("button.print-sheet"), function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  // Confirm destructive steps.
  Array.prototype.forEach.call(document.querySelectorAll("form[data-confirm]"), function (form) {
    form.addEventListener("submit", function (e) { if (!window.confirm(form.getAttribute("data-confirm"))) e.preventDefault(); });
  });
})();
