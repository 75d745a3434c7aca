;;; check.el --- Emacs + eglot as a third real LSP client  -*- lexical-binding: t; -*-
;; Loads the configuration the docs give Emacs users (docs/editors/baton.el) with the bundled server,
;; opens a county plan of samples/submitted and checks diagnostics (flymake), hover and `M-.'.
;;
;;   BATON_ROOT=<clone> BATON_WORKSPACE=<copy of samples/submitted> emacs --batch -q -l test/e2e/emacs/check.el
;; (-q, not -Q: Debian's site-start puts elpa-eglot on the load-path.)  Exit code 0 when all passed.

(require 'cl-lib)
(require 'seq)

(let* ((root (or (getenv "BATON_ROOT") (error "BATON_ROOT is not set")))
       (workspace (file-name-as-directory (or (getenv "BATON_WORKSPACE") (error "BATON_WORKSPACE is not set"))))
       (passed 0)
       (failed 0))
  (cl-flet ((check (name ok &optional detail)
              (if ok
                  (progn (setq passed (1+ passed)) (princ (format "  ok   %s\n" name)))
                (setq failed (1+ failed))
                (princ (format "  FAIL %s%s\n" name (if detail (format ": %s" detail) ""))))))
    (condition-case err
        (progn
          (load (expand-file-name "docs/editors/baton.el" root) nil t)
          (setq baton-language-server-command (list "node" (expand-file-name "dist/server.cjs" root) "--stdio"))
          (setq eglot-sync-connect 15)
          (princ (format "[emacs] Emacs %s\n" emacs-version))
          ;; The project root: a baton.config.json at the top of the workspace.
          (with-temp-file (expand-file-name "baton.config.json" workspace) (insert "{}\n"))
          (find-file (expand-file-name "linchuan/bailu/county.baton" workspace))
          (check "*.baton opens in baton-mode" (eq major-mode 'baton-mode) major-mode)
          ;; eglot-ensure (from baton-mode-hook) does nothing in batch mode: start eglot as M-x eglot does.
          (unless (eglot-current-server) (apply #'eglot (eglot--guess-contact)))
          (let ((server (eglot-current-server)))
            (check "eglot starts the server for the project root"
                   (and server (equal (file-name-as-directory (expand-file-name (project-root (eglot--project server))))
                                      (file-name-as-directory (expand-file-name workspace))))
                   (and server (project-root (eglot--project server)))))
          ;; 1. Diagnostics through flymake: the escalation warning on line 32.
          (let ((deadline (+ (float-time) 20)) found)
            (while (and (not found) (< (float-time) deadline))
              (flymake-start)
              (accept-process-output nil 0.1)
              (setq found (seq-find (lambda (d)
                                      (and (= (line-number-at-pos (flymake-diagnostic-beg d)) 32)
                                           (string-match-p "stricter than the parent plan" (flymake-diagnostic-text d))))
                                    (flymake-diagnostics))))
            (check "an escalation warning on line 32" found (format "%d diagnostics" (length (flymake-diagnostics))))
            (when found
              (princ (format "       %s\n" (flymake-diagnostic-text found)))
              (check "it is a warning" (eq (flymake-diagnostic-type found) 'eglot-warning) (flymake-diagnostic-type found))
              (check "it names the rule" (string-match-p "escalation" (flymake-diagnostic-text found)))))
          ;; 2. Hover on the escalated target.
          (let* ((result (jsonrpc-request (eglot-current-server) :textDocument/hover
                                          (list :textDocument (eglot--TextDocumentIdentifier)
                                                :position (list :line 31 :character 10))))
                 (value (or (plist-get (plist-get result :contents) :value) ""))
                 (origin (string-search "清河省2026" value))
                 (city (string-search "临川市2026" value)))
            (check "hover shows the chain origin → city → county"
                   (and origin city (< origin city) (string-search "白鹭县2026" value)) value))
          ;; 3. M-. on `上级方案 临川市2026' (line 12) jumps to the city plan.
          (goto-char (point-min))
          (forward-line 11)
          (search-forward "临川市")
          (call-interactively #'xref-find-definitions)
          (check "M-. jumps to the parent plan in linchuan/city.baton"
                 (string-suffix-p "linchuan/city.baton" (or (buffer-file-name) "")) (buffer-file-name))
          (check "… at its declaration (line 6)" (= (line-number-at-pos) 6) (line-number-at-pos)))
      (error (check "no Lisp error" nil (error-message-string err))))
    (princ (format "[emacs] %d passed, %d failed\n" passed failed))
    (ignore-errors (eglot-shutdown-all))
    (kill-emacs (if (= failed 0) 0 1))))
