;;; eglot.el --- Emacs with eglot against the unchanged stdio server: diagnostics arrive, a code action applies.
;; Run: emacs --batch -Q -l test-editor/eglot.el
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'cl-lib)
(defun wait-until (what secs pred)
  (let ((end (+ (float-time) secs)))
    (while (and (not (funcall pred)) (< (float-time) end)) (accept-process-output nil 0.05)))
  (unless (funcall pred) (error "Timed out waiting for %s" what)))
(define-derived-mode star-story-mode text-mode "Story")
(add-to-list 'auto-mode-alist '("\\.star\\.md\\'" . star-story-mode))
;; an absolute path: eglot starts the server in the project root, not in the current folder
(add-to-list 'eglot-server-programs
             `((star-story-mode :language-id "markdown") . ("node" ,(expand-file-name "dist/server.js") "--stdio")))
(condition-case err
    (progn
      (find-file "test-editor/workspace/webhook-weak.star.md")
      (apply #'eglot (eglot--guess-contact))
      (wait-until "diagnostics" 10 (lambda () (>= (length (flymake-diagnostics)) 10)))
      (goto-char (point-min))
      (search-forward "- We figured out")
      (let ((beg (line-beginning-position)) (end (line-end-position)))
        ;; one action of the kind "quickfix" at a spot applies at once; ask for the narrow range of the finding
        (goto-char (+ beg 2))
        ;; several quick fixes are offered (the rewrite, then disable comments): batch Emacs cannot show the
        ;; menu, so answer it the way a person would, with the first entry, the preferred rewrite
        (cl-letf (((symbol-function 'completing-read) (lambda (_prompt collection &rest _) (car (all-completions "" collection))))
                  ((symbol-function 'x-popup-menu) (lambda (_position menu) (cdr (cadr (cadr menu))))))
          (eglot-code-actions (+ beg 2) (+ beg 4) "quickfix" t)))
      (wait-until "edit" 10 (lambda () (save-excursion (goto-char (point-min)) (search-forward "- I figured out the root cause." nil t))))
      (eglot-shutdown (eglot-current-server))
      (message "eglot: 1 passed, 0 failed")
      (kill-emacs 0))
  (error (message "%S" err) (message "eglot: 0 passed, 1 failed") (kill-emacs 1)))
