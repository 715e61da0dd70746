module {
  func.func @main(%arg0: !torch.vtensor<[2,4],f32>, %arg1: !torch.vtensor<[2,4],f32>) -> !torch.vtensor<[2,2,4],si64> attributes {torch.assume_strict_symbolic_shapes} {
    %int1 = torch.constant.int 1
    %false = torch.constant.bool false
    %values, %indices = torch.aten.sort %arg0, %int1, %false : !torch.vtensor<[2,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],si64>
    %int1_0 = torch.constant.int 1
    %false_1 = torch.constant.bool false
    %values_2, %indices_3 = torch.aten.sort %arg1, %int1_0, %false_1 : !torch.vtensor<[2,4],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,4],f32>, !torch.vtensor<[2,4],si64>
    %0 = torch.prim.ListConstruct %indices, %indices_3 : (!torch.vtensor<[2,4],si64>, !torch.vtensor<[2,4],si64>) -> !torch.list<vtensor>
    %int0 = torch.constant.int 0
    %1 = torch.aten.cat %0, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[4,4],si64>
    %int2 = torch.constant.int 2
    %int2_4 = torch.constant.int 2
    %int4 = torch.constant.int 4
    %2 = torch.prim.ListConstruct %int2, %int2_4, %int4 : (!torch.int, !torch.int, !torch.int) -> !torch.list<int>
    %3 = torch.aten.view %1, %2 : !torch.vtensor<[4,4],si64>, !torch.list<int> -> !torch.vtensor<[2,2,4],si64>
    return %3 : !torch.vtensor<[2,2,4],si64>
  }
}
