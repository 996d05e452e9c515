print("veileder-bench: kommer")
