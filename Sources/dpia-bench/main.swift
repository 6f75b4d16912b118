// The pipeline benchmark (issue 7).
print("dpia-bench: not implemented yet")
