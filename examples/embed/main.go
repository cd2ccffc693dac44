// Embed is verbatim inside a web service: it loads a saved theme model and
// tags each incoming comment with its themes, root causes and sentiment,
// every tag pointing at the words behind it.
//
//	POST /tag      {"comment": "...", "score": 3}  (score optional, 0-10)
//	               or a JSON array of them; the answer has the same shape
//	GET  /healthz  {"status": "ok", "themes": N}
//
// Save a model from your own comments with the command, then serve it:
//
//	verbatim themes -save model.json survey.csv
//	go run ./examples/embed -model model.json -addr :8080
//	curl -d '{"comment": "charged twice this month", "score": 2}' localhost:8080/tag
//
// Without -model it fits one on the embedded sample at start-up (fixed
// seed, about 3 seconds). Without -addr it runs a self-demo: it serves on a
// free local port, sends two requests through the real HTTP stack, prints
// the answers and shuts down, which is how CI runs it.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/themes"
)

func main() {
	addr := flag.String("addr", "", "serve on this address until interrupted (e.g. :8080); empty runs the self-demo")
	modelPath := flag.String("model", "", "theme model saved by `verbatim themes -save` or Model.Save; empty fits one on the embedded sample")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("embed: ")

	model, err := loadModel(*modelPath)
	if err != nil {
		log.Fatal(err)
	}
	srv := newServer(routes(newTagger(model)))
	if *addr == "" {
		err = demo(srv, os.Stdout)
	} else {
		err = serve(srv, *addr)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// sampleSeed fixes the fit on the embedded sample, so every start gives the
// same themes.
const sampleSeed = 1

func loadModel(path string) (*themes.Model, error) {
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		m, err := themes.Load(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		log.Printf("loaded %d themes from %s", len(m.Themes()), path)
		return m, nil
	}
	responses, err := verbatim.Sample()
	if err != nil {
		return nil, err
	}
	comments := make([]string, len(responses))
	for i, r := range responses {
		comments[i] = r.Comment
	}
	log.Printf("no -model: fitting themes on the embedded sample (%d comments, seed %d)", len(comments), sampleSeed)
	return themes.Discover(context.Background(), comments, themes.DiscoverSeed(sampleSeed))
}

// newServer sets every timeout, so a slow or stalled client cannot hold a
// connection forever.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// serve runs until SIGINT or SIGTERM, then lets requests in flight finish.
func serve(srv *http.Server, addr string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	log.Printf("serving on %s", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Print("shutting down")
	return shutdown(srv, errc)
}

func shutdown(srv *http.Server, errc <-chan error) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(ctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// demo serves on a free local port, tags one comment and a batch of two
// through a real client, prints the answers and shuts down.
func demo(srv *http.Server, out io.Writer) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/tag"
	bodies := []string{
		`{"comment": "Charged twice on my bill again and nobody has fixed it. Waited an hour on hold.", "score": 2}`,
		`[{"comment": "Engineer was friendly and the setup took ten minutes."},
		  {"comment": "Sales told me the router was included, then I got a bill for it.", "score": 4}]`,
	}
	client := &http.Client{Timeout: 10 * time.Second}
	for _, body := range bodies {
		if err := post(client, url, body, out); err != nil {
			_ = srv.Close()
			return err
		}
	}
	return shutdown(srv, errc)
}

func post(c *http.Client, url, body string, out io.Writer) error {
	resp, err := c.Post(url, "application/json", bytes.NewBufferString(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Fprintf(out, "POST /tag %s\n-> %s\n", body, resp.Status)
	if _, err := io.Copy(out, resp.Body); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("demo request failed: %s", resp.Status)
	}
	return nil
}
