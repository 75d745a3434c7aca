;;; baton.el --- Baton assessment plans in Emacs, checked by the Baton language server through eglot  -*- lexical-binding: t; -*-

;; Install: copy this file into your load-path (e.g. ~/.emacs.d/lisp/) and add to your init file
;;
;;   (require 'baton)
;;
;; Needs eglot: built into Emacs 29 and later; on Emacs 28 `M-x package-install RET eglot' (or
;; Debian's elpa-eglot).  Opening a .baton file starts the server (`baton-language-server --stdio',
;; see `baton-language-server-command') for the project: the nearest folder with baton.config.json,
;; else project.el's project (e.g. the git repository).  Diagnostics come through flymake, hover
;; through eldoc, `M-.' goes to definitions, `M-?' finds references, `eglot-rename' renames,
;; `eglot-code-actions' offers the quick fixes, `eglot-format-buffer' formats.
;; This file is checked by Baton's tests (test/e2e/emacs/check.el) with Emacs 28 and eglot 1.9.

;;; Code:

(require 'eglot)
(require 'project)

(defgroup baton nil
  "Baton assessment plans."
  :group 'languages)

(defcustom baton-language-server-command '("baton-language-server" "--stdio")
  "The command that starts the Baton language server, e.g.
\(\"node\" \"/path/to/baton/dist/server.cjs\" \"--stdio\")."
  :type '(repeat string))

(defcustom baton-locale "auto"
  "The language of Baton's messages: \"auto\", \"en\" or \"zh-CN\"."
  :type '(choice (const "auto") (const "en") (const "zh-CN")))

(defvar baton-mode-syntax-table
  (let ((table (make-syntax-table)))
    (modify-syntax-entry ?/ ". 12" table)
    (modify-syntax-entry ?\n ">" table)
    (modify-syntax-entry ?\" "\"" table)
    (modify-syntax-entry ?“ "(”" table)
    (modify-syntax-entry ?” ")“" table)
    (modify-syntax-entry ?_ "_" table)
    table)
  "Syntax table of `baton-mode': // comments, \"strings\" and “strings”.")

;;;###autoload
(define-derived-mode baton-mode prog-mode "Baton"
  "Major mode for Baton assessment plans (.baton)."
  (setq-local comment-start "// ")
  (setq-local comment-start-skip "//+\\s-*")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 2))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.baton\\'" . baton-mode))

(defun baton-project-find (dir)
  "The folder above DIR holding baton.config.json, as a project.el project."
  (let ((root (locate-dominating-file dir "baton.config.json")))
    (and root (cons 'transient (expand-file-name root)))))

(add-hook 'project-find-functions #'baton-project-find)

(add-to-list 'eglot-server-programs
             `(baton-mode . ,(lambda (&rest _)
                               (append baton-language-server-command
                                       (list :initializationOptions (list :locale baton-locale))))))

(add-hook 'baton-mode-hook #'eglot-ensure)

(provide 'baton)
;;; baton.el ends here
